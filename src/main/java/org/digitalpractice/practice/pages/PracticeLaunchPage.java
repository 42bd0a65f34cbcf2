package org.digitalpractice.practice.pages;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;
import org.digitalpractice.practice.LaunchHint;
import org.digitalpractice.practice.PracticeDirectory;
import org.digitalpractice.practice.PracticeLinks;
import org.digitalpractice.practice.PracticeOnly;
import org.digitalpractice.practice.PracticeProfiles;
import org.digitalpractice.practice.PracticeSwitch;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Starts a launch as a platform does: third-party initiated login into the tool, inside an iframe (offering LTI
 * platform storage, as browsers that block third-party cookies need) or in a new window.
 */
@PracticeOnly
@Path("/practice/launch")
public class PracticeLaunchPage {

    @Inject
    PracticeSwitch practice;
    @Inject
    Templates templates;

    @Inject
    PracticeLinks links;
    @Inject
    PracticeProfiles profiles;

    /**
     * The page that starts a launch: the tool's login URL and the login's parameters, sent as a posted form or a
     * redirect as the profile does, and where platform storage lives (the page itself, a sibling frame, or none).
     */
    public record View(Layout layout, PracticeDirectory.Council council, PracticeDirectory.PracticeCourse course,
                       PracticeDirectory.Persona person, String activity, String loginUrl, String toolOrigin,
                       boolean inFrame, boolean postsLogin, Map<String, String> loginFields, String storageTarget) {
        public String loginAction() {
            return loginUrl.substring(0, loginUrl.indexOf('?'));
        }

        public boolean storesInPage() {
            return "_parent".equals(storageTarget);
        }

        public boolean storesInSiblingFrame() {
            return storageTarget != null && !storesInPage();
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response launch(@QueryParam("council") String councilId, @QueryParam("course") String courseId,
                           @QueryParam("person") String personId, @QueryParam("display") String display,
                           @QueryParam("link") String linkId, @QueryParam("message") String message) {
        var council = PracticeDirectory.council(String.valueOf(councilId)).orElseThrow(() ->
                Problem.badRequest("No council was chosen, or it does not exist.", "Go back and choose a council."));
        var course = council.course(String.valueOf(courseId)).orElseThrow(() ->
                Problem.badRequest("Choose a course of " + council.name() + ".", "Go back and choose a course."));
        var person = council.person(String.valueOf(personId)).orElseThrow(() ->
                Problem.badRequest("Choose who you want to be in " + council.name() + ".",
                        "Go back and choose a person."));
        boolean inFrame = !"window".equals(display);
        boolean deepLinking = LaunchHint.DEEP_LINKING.equals(message);
        if (deepLinking && person.kind() != PracticeDirectory.Kind.TRAINER) {
            throw Problem.badRequest("Only a course's trainer can add activities to it.",
                    "Go back and choose the trainer.");
        }
        var link = linkId == null || linkId.isBlank() ? null : links.find(course.id(), linkId).orElseThrow(() ->
                Problem.badRequest("That activity is not in " + course.title() + ".", "Go back and choose another."));
        var target = deepLinking ? practice.toolTarget("/author")
                : link != null ? link.url() : practice.toolTarget("/learn");
        var resourceLinkId = link != null ? link.id() : PracticeAuthResource.defaultLinkId(course);
        var params = new LinkedHashMap<String, String>();
        var registered = profiles.of(council);
        params.put("iss", registered.issuer());
        params.put("login_hint", person.id());
        params.put("target_link_uri", target);
        params.put("lti_message_hint", new LaunchHint(council.id(), course.id(), resourceLinkId,
                deepLinking).encode());
        params.put("client_id", registered.clientId());
        params.put("lti_deployment_id", registered.deploymentId());
        var storageTarget = inFrame ? registered.profile().storageTarget().orElse(null) : null;
        if (storageTarget != null) {
            params.put("lti_storage_target", storageTarget);
        }
        var loginUrl = practice.toolLoginUrl() + "?" + query(params);
        var activity = deepLinking ? "Add activities from Digital Practice"
                : link != null ? link.title() : PracticeAuthResource.DEFAULT_LINK_TITLE;
        return Response.ok(templates.render("practice/launch.jte", new View(
                Layout.practice(course.title()), council, course, person, activity, loginUrl, practice.toolOrigin(),
                inFrame, registered.profile().postsLoginInitiation(), params, storageTarget))).build();
    }

    static String query(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static URI withQuery(String base, Map<String, String> params) {
        return URI.create(base + (base.contains("?") ? "&" : "?") + query(params));
    }
}
