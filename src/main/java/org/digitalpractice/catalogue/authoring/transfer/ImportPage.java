package org.digitalpractice.catalogue.authoring.transfer;

import org.digitalpractice.catalogue.authoring.DraftCheck;
import org.digitalpractice.catalogue.authoring.Drafts;
import org.digitalpractice.catalogue.authoring.ModuleName;
import org.digitalpractice.catalogue.authoring.Authoring;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.session.CurrentSession;
import org.glassfish.jersey.media.multipart.FormDataContentDisposition;
import org.glassfish.jersey.media.multipart.FormDataParam;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;
import org.digitalpractice.session.Roles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Import of a module zip into the council's draft of that slug. The zip is checked in memory (see
 * {@link ModuleZip}) and by the module reader before anything is stored, and then stored in one transaction: a
 * refused zip leaves nothing behind.
 */
@Roles(ToolRole.TRAINER)
@Path("/author/modules/import")
@Produces(MediaType.TEXT_HTML)
public class ImportPage {


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
        return templates.render("authoring/import.jte", new View(session.layout("Import a module"), Optional.empty()));
    }

    @POST
    @SizeLimited
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@FormDataParam("csrf") String csrf,
                           @FormDataParam("module") InputStream module,
                           @FormDataParam("module") FormDataContentDisposition disposition) {
        var viewer = session.viewer();
        try {
            session.checkCsrf(csrf);
            var zip = module == null ? new byte[0] : readLimited(module);
            if (zip.length == 0) {
                throw new ZipRejected(400, "Choose a zip file to import.");
            }
            var read = ModuleZip.read(zip);
            if (ModuleName.RESERVED.contains(read.slug())) {
                throw new ZipRejected(400, "A module cannot be called '" + read.slug() + "'. Rename its folder and "
                        + "zip it again.");
            }
            try {
                DraftCheck.check(read.slug(), read.files(), "");
            } catch (DraftCheck.Invalid invalid) {
                throw new ZipRejected(400, "The module in the zip has a problem, so nothing was imported: "
                        + invalid.getMessage() + ". Fix the file and zip the folder again.");
            }
            var fileName = Optional.ofNullable(disposition).map(FormDataContentDisposition::getFileName)
                    .filter(name -> !name.isBlank()).orElse("a zip");
            try {
                drafts.importFiles(viewer, read.slug(), read.files(), fileName);
            } catch (RuntimeException lostRace) {
                // Another import of the same new module created the draft first: this one replaces its files.
                drafts.importFiles(viewer, read.slug(), read.files(), fileName);
            }
            return Authoring.toModule(session, read.slug(), "imported");
        } catch (ZipRejected rejected) {
            return refused(rejected);
        }
    }

    /** Anything but a file upload: the form was not used as it should be. */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response notAnUpload() {
        return refused(new ZipRejected(415, "The form was not sent as a file upload. Use the Import form's button."));
    }

    private Response refused(ZipRejected rejected) {
        return Response.status(rejected.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .entity(templates.render("authoring/import.jte",
                        new View(session.layout("Import a module"), Optional.of(rejected.getMessage()))))
                .build();
    }

    /** The zip, read up to the limit: a chunked upload has no Content-Length to check first. */
    private static byte[] readLimited(InputStream zip) {
        try (zip) {
            var bytes = zip.readNBytes(ModuleZip.MAX_UPLOAD_BYTES + 1);
            if (bytes.length > ModuleZip.MAX_UPLOAD_BYTES) {
                throw ModuleZip.tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
