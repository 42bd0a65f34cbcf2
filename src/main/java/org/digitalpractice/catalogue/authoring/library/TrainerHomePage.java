package org.digitalpractice.catalogue.authoring.library;

import org.digitalpractice.catalogue.ModuleProblem;
import org.digitalpractice.catalogue.versions.Catalogue;
import org.digitalpractice.catalogue.versions.ModuleLoader;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;
import org.digitalpractice.session.Roles;

import java.util.List;

/** Where a trainer lands: the council's catalogue, and any module files that could not be loaded. */
@Roles(ToolRole.TRAINER)
@Path("/author")
public class TrainerHomePage {

    @Inject
    CurrentSession session;
    @Inject
    Catalogue catalogue;
    @Inject
    ModuleLoader loader;
    @Inject
    Templates templates;
    @Inject
    java.time.Clock clock;

    /** The council's catalogue, with each module's next review: modules that state the law go out of date. */
    public record View(Layout layout, String platformName, List<Catalogue.Offered> modules,
                       List<ModuleProblem> problems, java.time.LocalDate today) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String home() {
        var viewer = session.viewer();
        return templates.render("catalogue/home.jte", new View(session.layout("Training content"),
                viewer.platformName(), catalogue.forCouncil(viewer.deployment().id()), loader.problems(),
                java.time.LocalDate.now(clock.withZone(org.digitalpractice.web.Dates.UK))));
    }
}
