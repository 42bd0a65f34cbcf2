package org.digitalpractice.practice.pages;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;
import org.digitalpractice.practice.PracticeDirectory;
import org.digitalpractice.practice.PracticeOnly;
import org.digitalpractice.practice.PracticeSwitch;

import java.util.List;

/** The practice platform's front door: pick a council, then a course and a person, then launch. */
@PracticeOnly
@Path("/practice")
public class PracticeStartPage {

    @Inject
    PracticeSwitch practice;
    @Inject
    Templates templates;

    public record Start(Layout layout, List<PracticeDirectory.Council> councils) {
    }

    public record CouncilView(Layout layout, PracticeDirectory.Council council,
                              List<PracticeDirectory.Persona> learners, List<PracticeDirectory.Persona> staff) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String start() {
        return templates.render("practice/start.jte",
                new Start(Layout.practice("Choose a council"), PracticeDirectory.councils()));
    }

    @GET
    @Path("/councils/{council}")
    @Produces(MediaType.TEXT_HTML)
    public String council(@PathParam("council") String councilId) {
        var council = PracticeDirectory.council(councilId).orElseThrow(() ->
                Problem.notFound("The practice platform has no council called '" + councilId + "'."));
        var learners = council.people().stream().filter(p -> p.kind() == PracticeDirectory.Kind.LEARNER).toList();
        var staff = council.people().stream().filter(p -> p.kind() != PracticeDirectory.Kind.LEARNER).toList();
        return templates.render("practice/council.jte",
                new CouncilView(Layout.practice(council.name()), council, learners, staff));
    }
}
