package org.digitalpractice.practice.pages;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
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
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;
import org.digitalpractice.practice.LaunchHint;
import org.digitalpractice.practice.PracticeDirectory;
import org.digitalpractice.practice.PracticeGradebook;
import org.digitalpractice.practice.PracticeGroups;
import org.digitalpractice.practice.PracticeKeys;
import org.digitalpractice.practice.PracticeLinks;
import org.digitalpractice.practice.PracticeOnly;
import org.digitalpractice.practice.PracticeProfiles;
import org.digitalpractice.practice.PracticeSwitch;
import org.digitalpractice.practice.PracticeTokens;
import org.digitalpractice.practice.UsedLaunchHints;

import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The practice platform's OIDC authorisation endpoint. It checks the tool's authentication request as a platform
 * must, signs an id_token for the chosen person, and form-posts it to the tool's registered redirect URI.
 */
@PracticeOnly
@Path("/practice/auth")
public class PracticeAuthResource {

    static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    static final String DEFAULT_LINK_TITLE = "Digital Practice";

    @Inject
    PracticeSwitch practice;
    @Inject
    PracticeKeys keys;
    @Inject
    Templates templates;
    @Inject
    PracticeGradebook gradebook;
    @Inject
    PracticeLinks links;
    @Inject
    Clock clock;
    @Inject
    PracticeProfiles profiles;
    @Inject
    PracticeGroups groups;
    @Inject
    UsedLaunchHints usedHints;

    public record AutoPost(Layout layout, String action, Map<String, String> fields) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response byGet(@QueryParam("scope") String scope, @QueryParam("response_type") String responseType,
                          @QueryParam("response_mode") String responseMode, @QueryParam("prompt") String prompt,
                          @QueryParam("client_id") String clientId, @QueryParam("redirect_uri") String redirectUri,
                          @QueryParam("login_hint") String loginHint,
                          @QueryParam("lti_message_hint") String messageHint,
                          @QueryParam("state") String state, @QueryParam("nonce") String nonce) {
        return authorise(scope, responseType, responseMode, clientId, redirectUri, loginHint, messageHint, state, nonce);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response byPost(@FormParam("scope") String scope, @FormParam("response_type") String responseType,
                           @FormParam("response_mode") String responseMode, @FormParam("prompt") String prompt,
                           @FormParam("client_id") String clientId, @FormParam("redirect_uri") String redirectUri,
                           @FormParam("login_hint") String loginHint,
                           @FormParam("lti_message_hint") String messageHint,
                           @FormParam("state") String state, @FormParam("nonce") String nonce) {
        return authorise(scope, responseType, responseMode, clientId, redirectUri, loginHint, messageHint, state, nonce);
    }

    private Response authorise(String scope, String responseType, String responseMode, String clientId,
                               String redirectUri, String loginHint, String messageHint, String state, String nonce) {
        require("openid".equals(scope), "scope must be 'openid'");
        require("id_token".equals(responseType), "response_type must be 'id_token'");
        require("form_post".equals(responseMode), "response_mode must be 'form_post'");
        require(profiles.clientIds().contains(clientId), "client_id '" + clientId + "' is not registered here");
        require(profiles.redirectUris(clientId).contains(redirectUri),
                "redirect_uri '" + redirectUri + "' is not the tool's registered redirect URI");
        require(nonce != null && !nonce.isBlank(), "nonce is missing");
        var hint = LaunchHint.decode(String.valueOf(messageHint)).orElseThrow(() ->
                Problem.badRequest("The practice platform did not recognise lti_message_hint.",
                        "Start the launch again from the practice platform."));
        var council = PracticeDirectory.council(hint.councilId()).orElseThrow();
        var registered = profiles.of(council);
        require(registered.clientId().equals(clientId), "client_id '" + clientId + "' is not the one registered for "
                + council.name());
        if (registered.profile().singleUseMessageHint() && !usedHints.use(hint.launchId())) {
            // Moodle shows its own error page and posts nothing to the tool (auth.php, invalidrequest).
            throw Problem.badRequest("Invalid request: this launch was already used. " + council.name()
                    + "'s platform (moodle-4 profile) accepts each lti_message_hint once.",
                    "Open the activity again from the course page.");
        }
        var course = council.course(hint.courseId()).orElseThrow();
        var person = council.person(String.valueOf(loginHint)).orElseThrow(() ->
                Problem.badRequest("login_hint does not name a person of " + council.name() + ".",
                        "Start the launch again from the practice platform."));
        var claims = hint.deepLinking()
                ? deepLinkingClaims(council, course, person, hint, nonce)
                : resourceLinkClaims(council, course, person, hint.resourceLinkId(), nonce);
        var idToken = sign(claims);
        var fields = new LinkedHashMap<String, String>();
        fields.put("id_token", idToken);
        if (state != null) {
            fields.put("state", state);
        }
        return Response.ok(templates.render("practice/autopost.jte",
                        new AutoPost(Layout.practice("Signing you in"), redirectUri, fields)))
                .header("Cache-Control", "no-store").build();
    }

    static String defaultLinkId(PracticeDirectory.PracticeCourse course) {
        return course.id() + "-digital-practice";
    }

    /**
     * A launch from a link in the course: the course's own link (which, like Moodle, has a gradebook column made
     * for it), or one a trainer placed by Deep Linking, with its custom parameters and line item.
     */
    JWTClaimsSet resourceLinkClaims(PracticeDirectory.Council council, PracticeDirectory.PracticeCourse course,
                                    PracticeDirectory.Persona person, String resourceLinkId, String nonce) {
        var placed = links.find(course.id(), resourceLinkId);
        var lineItemId = placed.isPresent() ? placed.get().lineItemId()
                : Optional.of(gradebook.lineItems(course.id(), resourceLinkId, null, null).stream().findFirst()
                .orElseGet(() -> gradebook.create(course.id(), DEFAULT_LINK_TITLE, 1, resourceLinkId, null, null))
                .id());
        var ags = new LinkedHashMap<String, Object>();
        ags.put("scope", List.of(PracticeTokens.LINE_ITEM, PracticeTokens.LINE_ITEM_READ, PracticeTokens.RESULT_READ,
                PracticeTokens.SCORE));
        ags.put("lineitems", practice.url("/ags/" + course.id() + "/lineitems"));
        lineItemId.ifPresent(id -> ags.put("lineitem", practice.url("/ags/" + course.id() + "/lineitems/" + id)));
        return common(council, course, person, nonce)
                .claim(LTI + "message_type", "LtiResourceLinkRequest")
                .claim(LTI + "target_link_uri", placed.map(PracticeLinks.Link::url)
                        .orElse(practice.toolTarget("/learn")))
                .claim(LTI + "resource_link", Map.of("id", resourceLinkId,
                        "title", placed.map(PracticeLinks.Link::title).orElse(DEFAULT_LINK_TITLE)))
                .claim(LTI + "custom", placed.map(PracticeLinks.Link::custom).orElse(Map.of()))
                .claim("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint", ags)
                .build();
    }

    /** A trainer's request to choose activities from the tool (Deep Linking 2.0). */
    JWTClaimsSet deepLinkingClaims(PracticeDirectory.Council council, PracticeDirectory.PracticeCourse course,
                                   PracticeDirectory.Persona person, LaunchHint hint, String nonce) {
        return common(council, course, person, nonce)
                .claim(LTI + "message_type", "LtiDeepLinkingRequest")
                .claim(LTI + "target_link_uri", practice.toolTarget("/author"))
                .claim("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", Map.of(
                        "deep_link_return_url", practice.url("/deep-link/return"),
                        "accept_types", List.of("ltiResourceLink"),
                        "accept_presentation_document_targets", List.of("iframe", "window"),
                        "accept_multiple", true,
                        "accept_lineitem", true,
                        "auto_create", true,
                        "title", "Add activities to " + course.title(),
                        "data", hint.encode()))
                .build();
    }

    private JWTClaimsSet.Builder common(PracticeDirectory.Council council, PracticeDirectory.PracticeCourse course,
                                        PracticeDirectory.Persona person, String nonce) {
        var now = clock.instant();
        var claims = new JWTClaimsSet.Builder()
                .issuer(profiles.of(council).issuer())
                .audience(profiles.of(council).clientId())
                .subject(person.id())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(profiles.of(council).profile().idTokenLifetime())))
                .jwtID(UUID.randomUUID().toString())
                .claim("nonce", nonce)
                .claim("name", person.name())
                .claim("given_name", person.givenName())
                .claim("family_name", person.familyName())
                .claim("email", person.email())
                .claim(LTI + "version", "1.3.0")
                .claim(LTI + "deployment_id", profiles.of(council).deploymentId())
                .claim(LTI + "roles", person.ltiRoles())
                .claim(LTI + "context", Map.of("id", course.id(), "label", course.label(), "title", course.title(),
                        "type", List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering")))
                .claim(LTI + "tool_platform", Map.of("guid", "practice-platform", "name", "Practice platform",
                        "product_family_code", "digital-practice-practice-platform"))
                .claim(LTI + "launch_presentation", Map.of("document_target", "iframe",
                        "return_url", practice.url("/councils/" + council.id())))
                .claim("https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice", Map.of(
                        "context_memberships_url", practice.url("/nrps/" + course.id() + "/memberships"),
                        "service_versions", List.of("2.0")));
        groups.claim(council, course).ifPresent(claim -> claims.claim(PracticeGroups.CLAIM, claim));
        return claims;
    }

    String sign(JWTClaimsSet claims) {
        var key = keys.signingKey();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("The practice platform cannot sign", e);
        }
        return jwt.serialize();
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw Problem.badRequest("The tool's authentication request is not valid: " + problem + ".",
                    "Check the tool's registration with the practice platform.");
        }
    }
}
