package org.digitalpractice.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.admin.signin.Console;
import org.digitalpractice.admin.signin.ConsoleLayout;
import org.digitalpractice.admin.signin.FieldError;
import org.digitalpractice.admin.signin.SignedIn;
import org.digitalpractice.infrastructure.Audited;
import org.digitalpractice.lti.keys.ToolKeys;
import org.digitalpractice.web.Templates;

import java.net.URI;
import java.util.List;

/**
 * The tool's signing keys: the one signing now, the next one (published, waiting to sign) and replaced ones still
 * published; and "rotate now", after a confirmation, as when a key may have leaked.
 */
@SignedIn
@Path("/admin/console/keys")
@Produces(MediaType.TEXT_HTML)
public class KeysPage {

    static final String SECTION = "keys";

    @Inject
    Console console;
    @Inject
    ToolKeys keys;
    @Inject
    Templates templates;

    public record KeysView(ConsoleLayout layout, List<ToolKeys.KeyState> keys) {
    }

    public record RotateView(ConsoleLayout layout, List<FieldError> errors) {
    }

    @GET
    public String list() {
        return templates.render("admin/keys.jte", new KeysView(console.layout("Keys", SECTION), keys.overview()));
    }

    @GET
    @Path("/rotate")
    public String confirm() {
        return templates.render("admin/rotate.jte", new RotateView(console.layout("Rotate the keys now?", SECTION),
                List.of()));
    }

    @POST
    @Path("/rotate")
    @Audited("Started a key rotation")
    public Response rotate() {
        if (keys.rotateNow().isEmpty()) {
            return Response.status(409).entity(templates.render("admin/rotate.jte", new RotateView(
                    console.layout("Error: Rotate the keys now?", SECTION), List.of(new FieldError("confirm-rotate",
                            "A new key is already waiting to sign: wait until it signs, then rotate again if you "
                                    + "need to"))))).build();
        }
        return Response.seeOther(URI.create("/admin/console/keys")).build();
    }
}
