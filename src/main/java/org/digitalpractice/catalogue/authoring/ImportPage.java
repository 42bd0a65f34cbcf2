package org.digitalpractice.catalogue.authoring;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Import of a module zip into the council's draft of that slug. The zip is checked in memory (see
 * {@link ModuleZip}) and by the module reader before anything is stored, and then stored in one transaction: a
 * refused zip leaves nothing behind.
 */
@Path("/author/modules/import")
@Produces(MediaType.TEXT_HTML)
public class ImportPage {

    /** The form's own fields and multipart framing, on top of the largest zip accepted. */
    private static final int FORM_OVERHEAD = 64 * 1024;
    private static final long DRAIN_LIMIT = 32L * 1024 * 1024;

    @Inject
    CurrentSession session;
    @Inject
    Drafts drafts;
    @Inject
    Templates templates;

    public record View(Layout layout, Optional<String> error) {
        public String action() {
            return layout.href("/author/modules/import");
        }

        public String back() {
            return layout.href("/author/modules");
        }

        public int maxMegabytes() {
            return ModuleZip.MAX_UPLOAD_BYTES / (1024 * 1024);
        }
    }

    @GET
    public String form() {
        session.require(ToolRole.TRAINER);
        return templates.render("authoring/import.jte", new View(session.layout("Import a module"), Optional.empty()));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response upload(@HeaderParam("Content-Type") String contentType,
                           @HeaderParam("Content-Length") Long contentLength, InputStream body) {
        var viewer = session.require(ToolRole.TRAINER);
        try {
            if (contentLength != null && contentLength > ModuleZip.MAX_UPLOAD_BYTES + FORM_OVERHEAD) {
                drain(body);
                throw ModuleZip.tooLarge();
            }
            var form = UploadForm.parse(contentType, readLimited(body));
            session.checkCsrf(form.field("csrf").map(UploadForm.Field::text).orElse(null));
            var file = form.field("module").filter(f -> f.content().length > 0).orElseThrow(() ->
                    new ZipRejected(400, "Choose a zip file to import."));
            var read = ModuleZip.read(file.content());
            if (NewModulePage.RESERVED.contains(read.slug())) {
                throw new ZipRejected(400, "A module cannot be called '" + read.slug() + "'. Rename its folder and "
                        + "zip it again.");
            }
            try {
                DraftCheck.check(read.slug(), read.files(), "");
            } catch (DraftCheck.Invalid invalid) {
                throw new ZipRejected(400, "The module in the zip has a problem, so nothing was imported: "
                        + invalid.getMessage() + ". Fix the file and zip the folder again.");
            }
            var fileName = file.fileName().orElse("a zip");
            try {
                drafts.importFiles(viewer, read.slug(), read.files(), fileName);
            } catch (RuntimeException lostRace) {
                // Another import of the same new module created the draft first: this one replaces its files.
                drafts.importFiles(viewer, read.slug(), read.files(), fileName);
            }
            return AuthoringPages.toModule(session, read.slug(), "imported");
        } catch (ZipRejected rejected) {
            return Response.status(rejected.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                    .entity(templates.render("authoring/import.jte",
                            new View(session.layout("Import a module"), Optional.of(rejected.getMessage()))))
                    .build();
        }
    }

    /**
     * Reads and discards the rest of a refused upload, up to a bound, so that the browser reads the 413 page instead
     * of a connection closed while it was still sending. Anything larger just has its connection closed.
     */
    private static void drain(InputStream body) {
        try {
            long skipped = 0;
            var buffer = new byte[64 * 1024];
            int n;
            while (skipped < DRAIN_LIMIT && (n = body.read(buffer)) > 0) {
                skipped += n;
            }
        } catch (IOException e) {
            // the client went away: there is no one to answer
        }
    }

    private static byte[] readLimited(InputStream body) {
        try (body) {
            var limit = ModuleZip.MAX_UPLOAD_BYTES + FORM_OVERHEAD;
            var bytes = body.readNBytes(limit + 1);
            if (bytes.length > limit) {
                drain(body);
                throw ModuleZip.tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
