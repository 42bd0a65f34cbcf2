package org.digitalpractice.placing;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.infrastructure.Settings;
import org.digitalpractice.lti.launch.DeepLinkingResponse;
import org.digitalpractice.lti.launch.LaunchContext;
import org.digitalpractice.lti.launch.LtiClaims;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.people.FirstLaunchRecords;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.session.Viewer;
import org.digitalpractice.web.Dates;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;
import org.digitalpractice.session.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * Where a trainer's Deep Linking launch lands: the activities they may add to the course. Sending the form signs
 * the response and hands it to the platform by a form that submits itself.
 */
@Roles(ToolRole.TRAINER)
@Path("/author/place")
public class PlacingPage {

    static final String RESOURCE_LINK = "ltiResourceLink";

    @Inject
    CurrentSession session;
    @Inject
    Activities activities;
    @Inject
    DeepLinkingResponse response;
    @Inject
    Settings settings;
    @Inject
    FirstLaunchRecords records;
    @Inject
    Templates templates;
    @Inject
    Clock clock;

    public record View(Layout layout, String platformName, LaunchContext.DeepLinking request,
                       List<Activity> activities, List<GradebookMode> modes, Choices choices, int nextYear) {

        public boolean acceptsLinks() {
            return request.accepts(RESOURCE_LINK);
        }
    }

    public record Handover(Layout layout, String platformName, String returnUrl, String jwt, List<Choices.Choice> chosen) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String choose() {
        var viewer = session.viewer();
        return render(viewer, request(viewer), Choices.blank(), activities.forCouncil(viewer.deployment().id()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response place(MultivaluedMap<String, String> form) {
        var viewer = session.viewer();
        session.checkCsrf(form.getFirst("csrf"));
        var request = request(viewer);
        if (!request.accepts(RESOURCE_LINK)) {
            throw notAccepted(viewer);
        }
        var offered = activities.forCouncil(viewer.deployment().id());
        var choices = Choices.read(form, offered, request.acceptMultiple(), LocalDate.now(clock.withZone(Dates.UK)));
        if (!choices.valid()) {
            return Response.status(400).entity(render(viewer, request, choices, offered)).build();
        }
        var links = choices.chosen().stream().map(this::link).toList();
        var jwt = response.sign(viewer.deployment(), request, links, Optional.of(added(choices.chosen())));
        // Leads track a course by its placed modules from the start, before anyone has opened the new links.
        viewer.course().ifPresent(course -> choices.chosen().forEach(choice -> records.announce(course.id(),
                choice.activity().key(), choice.activity().title(), choice.mode().code(), choice.due())));
        return Response.ok(templates.render("placing/handover.jte", new Handover(
                        session.layout("Adding to your course"), viewer.platformName(), request.returnUrl(), jwt,
                        choices.chosen())))
                .header("Cache-Control", "no-store").build();
    }

    private DeepLinkingResponse.ResourceLink link(Choices.Choice choice) {
        var activity = choice.activity();
        var custom = new LinkedHashMap<String, String>();
        if (!activity.selfAssessment()) {
            custom.put("module", activity.key());
        }
        custom.put("gradebook", choice.mode().code());
        choice.due().ifPresent(due -> custom.put("due_date", due.toString()));
        if (choice.progressScores()) {
            custom.put("progress_scores", Choices.SENDS_PROGRESS);
        }
        return new DeepLinkingResponse.ResourceLink(activity.title(), activity.summary(),
                settings.toolUrl(activity.path()).toString(), custom,
                Optional.of(new DeepLinkingResponse.LineItem(choice.mode().scoreMaximum(), activity.title(),
                        activity.key(), choice.mode().code())),
                choice.due());
    }

    private static String added(List<Choices.Choice> chosen) {
        return chosen.size() == 1 ? "Added " + chosen.get(0).activity().title() + " from Digital Practice."
                : "Added " + chosen.size() + " activities from Digital Practice.";
    }

    private String render(Viewer viewer, LaunchContext.DeepLinking request, Choices choices, List<Activity> offered) {
        return templates.render("placing/choose.jte", new View(session.layout("Add activities to your course"),
                viewer.platformName(), request, offered,
                List.of(GradebookMode.values()), choices, LocalDate.now(clock.withZone(Dates.UK)).getYear() + 1));
    }

    /** The Deep Linking settings this session was opened with; other sessions have nothing to place. */
    private static LaunchContext.DeepLinking request(Viewer viewer) {
        var launch = viewer.session();
        if (!LtiClaims.DEEP_LINKING_REQUEST.equals(launch.messageType())) {
            throw new Problem(409, "Add activities from your course",
                    "Activities are added to a course from your learning platform, and this session was not opened "
                            + "that way.",
                    "In " + viewer.platformName() + ", go to the course, choose to add an activity or external tool, "
                            + "and pick Digital Practice.");
        }
        return LaunchContext.DeepLinking.inClaims(launch.launchClaims()).orElseThrow(() -> new IllegalStateException(
                "Deep Linking session " + launch.id() + " has no deep_linking_settings"));
    }

    private static Problem notAccepted(Viewer viewer) {
        return new Problem(409, "Your platform did not ask for links",
                viewer.platformName() + " asked for a kind of content Digital Practice does not make. "
                        + "Digital Practice adds activities as LTI resource links.",
                "Ask your platform's administrator to allow LTI resource links from Digital Practice.");
    }
}
