package org.digitalpractice.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.digitalpractice.admin.signin.Console;
import org.digitalpractice.admin.signin.ConsoleLayout;
import org.digitalpractice.admin.signin.SignedIn;
import org.digitalpractice.gradebook.DeliveryReport;
import org.digitalpractice.infrastructure.DatabaseReadiness;
import org.digitalpractice.lti.registration.RegistrationStatus;
import org.digitalpractice.lti.registration.Registrations;
import org.digitalpractice.web.Templates;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The console's front page: what needs someone's attention now, and the way to each part. */
@SignedIn
@Path("/admin/console")
@Produces(MediaType.TEXT_HTML)
public class ConsolePage {

    @Inject
    Console console;
    @Inject
    Registrations registrations;
    @Inject
    DeliveryReport delivery;
    /** The readiness check's own test of the database; @Readiness is its qualifier. */
    @Inject
    @Readiness
    DatabaseReadiness database;
    @Inject
    Templates templates;

    /** The overview: registrations waiting, the gradebook's figures and whether the database answers. */
    public record OverviewView(ConsoleLayout layout, long pendingRegistrations, DeliveryReport.Figures gradebook,
                               boolean databaseUp) {
    }

    @GET
    public String overview() {
        var pending = registrations.all().stream().filter(r -> r.status() == RegistrationStatus.PENDING).count();
        var up = database.call().getStatus() == HealthCheckResponse.Status.UP;
        return templates.render("admin/overview.jte", new OverviewView(console.layout("Overview", "overview"),
                pending, delivery.read(), up));
    }
}
