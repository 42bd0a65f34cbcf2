package org.digitalpractice.assessment;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.assessment.framework.FrameworkLoader;
import org.digitalpractice.assessment.framework.Frameworks;
import org.digitalpractice.catalogue.ModuleProblem;
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.people.Placement;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.session.Viewer;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;
import org.digitalpractice.session.Roles;

import java.util.List;
import java.util.Optional;

/**
 * The trainer's view of the self-assessment: which framework version learners start, any problem with the framework
 * file, and what the gradebook of the link they came from receives. Trainers never see anyone's answers here.
 */
@Roles(ToolRole.TRAINER)
@Path("/author/self-assessment")
@Produces(MediaType.TEXT_HTML)
public class SetupPage {

    static final String BASE = "/author/self-assessment";

    @Inject
    CurrentSession session;
    @Inject
    FrameworkLoader loader;
    @Inject
    SelfAssessments assessments;
    @Inject
    Templates templates;

    public record View(Layout layout, Optional<Frameworks.Loaded> current, List<ModuleProblem> problems,
                       Optional<Placement> placement, GradeMode mode, List<GradeMode> modes, Optional<String> error,
                       boolean saved) {
        public String placementName() {
            return placement.map(Placement::title).filter(t -> !t.isBlank()).map(t -> "‘" + t + "’")
                    .orElse("the link you opened Digital Practice from");
        }
    }

    @GET
    public String page(@QueryParam("saved") String saved) {
        var viewer = trainer();
        return render(viewer, Optional.empty(), saved != null);
    }

    @POST
    @Path("/gradebook")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response grade(@FormParam("csrf") String csrf, @FormParam("mode") String mode) {
        var viewer = trainer();
        // Checked before the token because such a session is shown no form, so it holds no token: nothing changes.
        var placement = viewer.placement().orElseThrow(() -> Problem.badRequest(
                "You did not open Digital Practice from a link in a course, so there is no gradebook to set up.",
                "Open Digital Practice from the self-assessment link in your course, then try again."));
        session.checkCsrf(csrf);
        var chosen = GradeMode.of(mode);
        if (chosen.isEmpty()) {
            return Response.status(400).entity(render(viewer,
                    Optional.of("Select what the gradebook receives"), false)).build();
        }
        // Platforms may withhold names; the subject still says who changed it.
        var by = Optional.ofNullable(viewer.person().displayName()).filter(n -> !n.isBlank())
                .orElse(viewer.person().subject());
        assessments.grade(placement.id(), chosen.get(), by);
        return Response.seeOther(session.redirect(BASE + "?saved=gradebook")).build();
    }

    private String render(Viewer viewer, Optional<String> error, boolean saved) {
        var mode = assessments.mode(viewer.placement().map(Placement::id));
        return templates.render("assessment/setup.jte", new View(session.layout("Self-assessment"),
                loader.current(), loader.problems(), viewer.placement(), mode, List.of(GradeMode.values()), error,
                saved));
    }

    private Viewer trainer() {
        return session.viewer();
    }
}
