package org.digitalpractice.practice.pages;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;
import org.digitalpractice.practice.LaunchHint;
import org.digitalpractice.practice.PracticeDirectory;
import org.digitalpractice.practice.PracticeGradebook;
import org.digitalpractice.practice.PracticeLinks;
import org.digitalpractice.practice.PracticeOnly;
import org.digitalpractice.practice.PracticeProfiles;
import org.digitalpractice.practice.PracticeSwitch;
import org.digitalpractice.practice.ToolSignatures;

import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The practice platform's Deep Linking return URL. It checks the tool's signed response as a platform must, then
 * adds each chosen activity to the course, with a gradebook column when the item asks for one.
 */
@PracticeOnly
@Path("/practice/deep-link/return")
public class PracticeDeepLinkResource {

    static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";

    @Inject
    PracticeSwitch practice;
    @Inject
    ToolSignatures toolSignatures;
    @Inject
    PracticeLinks links;
    @Inject
    PracticeProfiles profiles;
    @Inject
    PracticeGradebook gradebook;
    @Inject
    Templates templates;
    @Inject
    Clock clock;

    public record Result(Layout layout, PracticeDirectory.Council council, PracticeDirectory.PracticeCourse course,
                         List<PracticeLinks.Link> added, String message) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public String receive(@FormParam("JWT") String jwt) {
        var claims = verify(jwt);
        var hint = LaunchHint.decode(String.valueOf(claims.getClaim(DL + "data"))).filter(LaunchHint::deepLinking)
                .orElseThrow(() -> rejected("the data claim is not the one this platform sent"));
        var council = PracticeDirectory.council(hint.councilId()).orElseThrow();
        var registered = profiles.of(council);
        if (!registered.deploymentId().equals(claims.getClaim(PracticeAuthResource.LTI + "deployment_id"))) {
            throw rejected("deployment_id does not match the Deep Linking request");
        }
        if (!registered.clientId().equals(claims.getIssuer())) {
            throw rejected("iss must be the tool's client_id for " + council.name());
        }
        if (!claims.getAudience().contains(registered.issuer())) {
            throw rejected("aud must be " + council.name() + "'s issuer");
        }
        var course = council.course(hint.courseId()).orElseThrow();
        // Check every item before adding any, so a bad response adds nothing.
        var chosen = items(claims).stream().map(this::activity).toList();
        var added = new ArrayList<PracticeLinks.Link>();
        for (var activity : chosen) {
            var link = links.add(course.id(), activity.title(), activity.text(), activity.url(), activity.custom(),
                    null);
            if (activity.column() != null) {
                var column = activity.column();
                var lineItem = gradebook.create(course.id(), column.label(), column.scoreMaximum(), link.id(),
                        column.resourceId(), column.tag());
                links.attachLineItem(link.id(), lineItem.id());
            }
            added.add(links.find(course.id(), link.id()).orElseThrow());
        }
        var message = claims.getClaim(DL + "msg");
        return templates.render("practice/deep-link-result.jte", new Result(
                Layout.practice("Activities added"), council, course, added, message == null ? null : message.toString()));
    }

    /** One chosen activity, checked. */
    record Activity(String title, String text, String url, Map<String, String> custom, Column column) {
    }

    /** The gradebook column an activity asks for. */
    record Column(String label, double scoreMaximum, String resourceId, String tag) {
    }

    private Activity activity(Map<String, Object> item) {
        if (!"ltiResourceLink".equals(item.get("type"))) {
            throw rejected("content item type '" + item.get("type") + "' was not offered");
        }
        var url = String.valueOf(item.getOrDefault("url", practice.toolTarget("/learn")));
        if (!url.startsWith(practice.toolTarget("/"))) {
            throw rejected("content item url '" + url + "' is not the tool's");
        }
        var title = String.valueOf(item.getOrDefault("title", "Digital Practice activity"));
        Column column = null;
        if (item.get("lineItem") instanceof Map<?, ?> lineItem) {
            var maximum = lineItem.get("scoreMaximum") instanceof Number n ? n.doubleValue() : 0;
            if (maximum <= 0) {
                throw rejected("lineItem.scoreMaximum must be above 0");
            }
            column = new Column(lineItem.get("label") == null ? title : String.valueOf(lineItem.get("label")),
                    maximum, text(lineItem.get("resourceId")), text(lineItem.get("tag")));
        }
        return new Activity(title, text(item.get("text")), url, custom(item.get("custom")), column);
    }

    private JWTClaimsSet verify(String jwt) {
        var processor = new DefaultJWTProcessor<SecurityContext>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(
                Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512), toolSignatures.keys()));
        processor.setJWTClaimsSetVerifier((claims, context) -> {
            var now = clock.instant();
            if (!profiles.clientIds().contains(claims.getIssuer())) {
                throw new BadJWTException("iss must be the tool's client_id");
            }
            if (claims.getAudience() == null || claims.getAudience().isEmpty()) {
                throw new BadJWTException("aud must be this platform's issuer");
            }
            if (claims.getExpirationTime() == null || claims.getExpirationTime().toInstant().isBefore(now.minusSeconds(5))) {
                throw new BadJWTException("the response has expired");
            }
            if (claims.getClaim("nonce") == null) {
                throw new BadJWTException("the response has no nonce");
            }
            if (!"LtiDeepLinkingResponse".equals(claims.getClaim(PracticeAuthResource.LTI + "message_type"))) {
                throw new BadJWTException("message_type must be LtiDeepLinkingResponse");
            }
            if (!"1.3.0".equals(claims.getClaim(PracticeAuthResource.LTI + "version"))) {
                throw new BadJWTException("version must be 1.3.0");
            }
        });
        try {
            return processor.process(String.valueOf(jwt), null);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw rejected(e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(JWTClaimsSet claims) {
        var items = claims.getClaim(DL + "content_items");
        if (items == null) {
            return List.of();
        }
        if (!(items instanceof List<?> list)) {
            throw rejected("content_items must be an array");
        }
        return list.stream().map(i -> (Map<String, Object>) i).toList();
    }

    private static Map<String, String> custom(Object value) {
        var custom = new LinkedHashMap<String, String>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> custom.put(String.valueOf(k), String.valueOf(v)));
        }
        return custom;
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static Problem rejected(String why) {
        return Problem.badRequest("The practice platform did not accept the tool's Deep Linking response: " + why + ".",
                "Go back to the course and try adding the activity again.");
    }
}
