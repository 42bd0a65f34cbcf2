package org.digitalpractice.catalogue.authoring.transfer;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.digitalpractice.infrastructure.Problem;

import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses an upload that declares itself too large before Jersey reads and buffers its parts. A chunked upload
 * declares nothing; the import then stops reading at the same limit.
 */
@Provider
@SizeLimited
public class UploadLimit implements ContainerRequestFilter {

    /** The form's own fields and multipart framing, on top of the largest zip accepted. */
    static final long FORM_OVERHEAD = 64 * 1024;
    private static final long DRAIN_LIMIT = 32L * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        var declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && parse(declared) > ModuleZip.MAX_UPLOAD_BYTES + FORM_OVERHEAD) {
            drain(request.getEntityStream());
            var tooLarge = ModuleZip.tooLarge();
            throw new Problem(413, "The file is too large", tooLarge.getMessage(),
                    "Go back to the import page and choose the module's zip file.");
        }
    }

    /**
     * Reads and discards a refused upload, up to a bound, so that the browser reads the 413 page rather than a
     * connection closed while it was still sending. Anything larger just has its connection closed.
     */
    private static void drain(InputStream body) {
        try {
            long skipped = 0;
            var buffer = new byte[64 * 1024];
            int n;
            while (skipped < DRAIN_LIMIT && (n = body.read(buffer)) > 0) {
                skipped += n;
            }
        } catch (IOException clientWentAway) {
            // there is no one to answer
        }
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
