package org.digitalpractice.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.admin.signin.Console;
import org.digitalpractice.admin.signin.ConsoleLayout;
import org.digitalpractice.admin.signin.FieldError;
import org.digitalpractice.admin.signin.SignedIn;
import org.digitalpractice.infrastructure.Audited;
import org.digitalpractice.lti.dynamic.RegistrationLinks;
import org.digitalpractice.lti.registration.Registration;
import org.digitalpractice.lti.registration.RegistrationStatus;
import org.digitalpractice.lti.registration.Registrations;
import org.digitalpractice.web.Templates;

import java.net.URI;
import java.time.Clock;
import java.util.List;

/**
 * The platforms that trust the tool, by status: approving one that registered itself, switching one off after a
 * confirmation (its launches, scores and rosters stop; queued scores wait), and making a one-time link for a
 * platform to register.
 */
@SignedIn
@Path("/admin/console/registrations")
@Produces(MediaType.TEXT_HTML)
public class RegistrationsPage {

    static final String SECTION = "registrations";

    @Inject
    Console console;
    @Inject
    Registrations registrations;
    @Inject
    RegistrationLinks links;
    @Inject
    Clock clock;
    @Inject
    Templates templates;

    public record ListView(ConsoleLayout layout, List<Registration> pending, List<Registration> active,
                           List<Registration> disabled) {
    }

    public record LinkView(ConsoleLayout layout, RegistrationLinks.Issued link) {
    }

    public record DisableView(ConsoleLayout layout, Registration registration, List<FieldError> errors) {
    }

    /** The answer a confirmed switch-off sends, from the "Yes, switch it off" button. */
    static final String CONFIRMED = "yes";

    @GET
    public String list() {
        var all = registrations.all();
        return templates.render("admin/registrations.jte", new ListView(console.layout("Registrations", SECTION),
                having(all, RegistrationStatus.PENDING), having(all, RegistrationStatus.ACTIVE),
                having(all, RegistrationStatus.DISABLED)));
    }

    @POST
    @Path("/{id}/approve")
    @Audited("Approved registration {id}")
    public Response approve(@PathParam("id") long id) {
        return change(id, RegistrationStatus.ACTIVE);
    }

    /** Switching off stops a council's learning at once, so the console asks first and says what it does. */
    @GET
    @Path("/{id}/disable")
    public String confirmDisable(@PathParam("id") long id) {
        var registration = find(id);
        return templates.render("admin/registration-disable.jte", new DisableView(console.layout(
                "Switch off " + registration.platformName() + "?", SECTION), registration, List.of()));
    }

    @POST
    @Path("/{id}/disable")
    @Audited("Switched off registration {id}")
    public Response disable(@PathParam("id") long id, @FormParam("confirm") String confirm) {
        if (!CONFIRMED.equals(confirm)) {
            var registration = find(id);
            return Response.status(400).entity(templates.render("admin/registration-disable.jte", new DisableView(
                    console.layout("Error: Switch off " + registration.platformName() + "?", SECTION), registration,
                    List.of(new FieldError("confirm-disable", "Select Yes, switch it off to switch this "
                            + "registration off, or Cancel to keep it as it is"))))).build();
        }
        return change(id, RegistrationStatus.DISABLED);
    }

    /** The link is shown once, here: only its hash is kept, so it cannot be shown again. */
    @POST
    @Path("/links")
    @Audited("Made a one-time registration link")
    public String newLink() {
        return templates.render("admin/registration-link.jte",
                new LinkView(console.layout("Registration link", SECTION), links.issue()));
    }

    private Response change(long id, RegistrationStatus status) {
        registrations.changeStatus(id, status, clock.instant()).orElseThrow(() -> Console.notFound(
                "There is no registration " + id + "."));
        return Response.seeOther(URI.create("/admin/console/registrations")).build();
    }

    private Registration find(long id) {
        return registrations.all().stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow(() -> Console.notFound("There is no registration " + id + "."));
    }

    private static List<Registration> having(List<Registration> all, RegistrationStatus status) {
        return all.stream().filter(r -> r.status() == status).toList();
    }
}
