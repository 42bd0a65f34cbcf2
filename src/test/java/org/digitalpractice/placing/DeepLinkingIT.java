package org.digitalpractice.placing;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import org.digitalpractice.testing.WithTestPlatform;
import org.digitalpractice.testing.LaunchClient;
import org.digitalpractice.testing.TestLaunch;
import org.digitalpractice.testing.TestPlatformServer;
import org.digitalpractice.testing.ToolUnderTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.digitalpractice.testing.TestLaunch.csrf;
import static org.digitalpractice.testing.TestLaunch.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A trainer adds activities to a practice course through Deep Linking; the practice platform checks the signed
 * response as a platform must, and a learner then launches what was placed.
 */
class DeepLinkingIT extends WithTestPlatform {

    static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
    static final String COURSE = "northmoor-adults";
    /** No other test opens this module, so before its link is opened nobody on the course has begun it. */
    static final String UNOPENED = "ai-tools-in-practice";
    static final String DUE = LocalDate.now().plusYears(1).withMonth(3).withDayOfMonth(31).toString();


    static TestLaunch trainerAddingActivities() {
        return TestLaunch.fromPractice("northmoor", COURSE, "northmoor-trainer", "&message=deep-linking");
    }

    @Test
    void aTrainersDeepLinkingLaunchOpensTheCatalogue() {
        var trainer = trainerAddingActivities();
        assertTrue(trainer.landing().contains("/author/place?"), trainer.landing());
        var page = trainer.get("/author/place");
        assertEquals(200, page.statusCode());
        var html = page.body();
        assertTrue(html.contains("Boundaries and communicating online"));
        assertTrue(html.contains("About 40 minutes"));
        assertTrue(html.contains("PCF domains: 1 Professionalism, 7 Skills and interventions"));
        assertTrue(html.contains("Digital capability self-assessment"));
        assertTrue(html.contains("type=\"checkbox\""), "the practice platform accepts several items");
        assertFalse(html.contains("broken-example"), "a module that does not load is not offered");
    }

    @Test
    void placedActivitiesReachThePlatformAndLearnersLaunchThem() throws Exception {
        var trainer = trainerAddingActivities();
        var page = trainer.get("/author/place");
        var handover = trainer.postEncoded("/author/place", "csrf=" + encode(csrf(page))
                + "&activity=" + UNOPENED + "&mode__" + UNOPENED + "=score"
                + "&due__" + UNOPENED + "__day=31&due__" + UNOPENED + "__month=3"
                + "&due__" + UNOPENED + "__year=" + DUE.substring(0, 4)
                + "&activity=self-assessment&mode__self-assessment=completion");
        assertEquals(200, handover.statusCode(), handover.body());
        var returnUrl = formAction(handover);
        assertEquals(ToolUnderTest.platformUrl("/practice/deep-link/return"), returnUrl);
        var jwt = LaunchClient.field(handover.body(), "JWT").orElseThrow();

        var response = SignedJWT.parse(jwt);
        assertTrue(response.verify(new RSASSAVerifier(toolKey(response.getHeader().getKeyID()))),
                "signed with the tool's published key");
        var claims = response.getJWTClaimsSet();
        assertEquals("digital-practice-tool", claims.getIssuer());
        assertEquals(List.of(ToolUnderTest.platformUrl("/practice")), claims.getAudience());
        assertEquals("LtiDeepLinkingResponse", claims.getClaim("https://purl.imsglobal.org/spec/lti/claim/message_type"));
        assertEquals("1.3.0", claims.getClaim("https://purl.imsglobal.org/spec/lti/claim/version"));
        assertEquals("northmoor", claims.getClaim("https://purl.imsglobal.org/spec/lti/claim/deployment_id"));
        assertTrue(claims.getClaim("nonce") != null && claims.getExpirationTime().after(claims.getIssueTime()));
        assertTrue(claims.getStringClaim(DL + "data") != null, "the request's data is echoed");
        var items = claims.getListClaim(DL + "content_items");
        assertEquals(2, items.size());
        @SuppressWarnings("unchecked") var module = (Map<String, Object>) items.get(0);
        assertEquals("ltiResourceLink", module.get("type"));
        assertEquals("AI tools in practice", module.get("title"));
        assertEquals(ToolUnderTest.toolUrl("/learn/modules/" + UNOPENED), module.get("url"));
        assertEquals(Map.of("module", UNOPENED, "gradebook", "score", "due_date", DUE), module.get("custom"));
        assertEquals(Map.of("scoreMaximum", 100.0, "label", "AI tools in practice",
                "resourceId", UNOPENED, "tag", "score"), module.get("lineItem"));
        @SuppressWarnings("unchecked") var assessment = (Map<String, Object>) items.get(1);
        assertEquals(ToolUnderTest.toolUrl("/assess"), assessment.get("url"));
        assertEquals(Map.of("gradebook", "completion"), assessment.get("custom"));
        @SuppressWarnings("unchecked") var column = (Map<String, Object>) assessment.get("lineItem");
        assertEquals(1.0, column.get("scoreMaximum"));

        var announced = announcedPlacements(UNOPENED);
        assertEquals(1, announced.size(), "the course has the placed module before anyone opens it");
        var lead = TestLaunch.fromPractice("northmoor", COURSE, "northmoor-lead");
        var row = summaryRow(lead.get("/insight/courses/" + courseId()).body(), announced.get(0));
        assertTrue(row.contains("AI tools in practice") && row.contains("Placed; nobody has opened its link yet"),
                "the lead tracks it from the start: " + row);

        var added = new LaunchClient().post(returnUrl, Map.of("JWT", jwt));
        assertEquals(200, added.statusCode(), added.body());
        assertTrue(added.body().contains("AI tools in practice"));
        var link = placedLink("AI tools in practice", COURSE);

        var learner = TestLaunch.fromPractice("northmoor", COURSE, "northmoor-learner-03", "&link=" + link);
        assertTrue(learner.landing().contains("/learn/modules/" + UNOPENED), learner.landing());
        assertFalse(summaryRow(lead.get("/insight/courses/" + courseId()).body(), announced.get(0))
                .contains("nobody has opened its link yet"), "the learner's launch took over the placed module's column");
        var home = learner.get("/learn").body();
        assertTrue(home.contains("Due by 31 March " + DUE.substring(0, 4)), "the learner sees the due date");
        try (var connection = ToolUnderTest.connect();
             var query = connection.prepareStatement("select module_slug, gradebook_mode, due_on, id from placement "
                     + "where resource_link_id = ?")) {
            query.setString(1, link);
            try (var rows = query.executeQuery()) {
                assertTrue(rows.next(), "the learner's launch records the placement");
                assertTrue(announced.contains(rows.getLong(4)), "the first launch takes over the placement "
                        + "made when the trainer placed the module");
                assertEquals(UNOPENED, rows.getString(1));
                assertEquals("score", rows.getString(2));
                assertEquals(DUE, rows.getDate(3).toLocalDate().toString());
            }
        }
    }

    @Test
    void choosingNothingSaysWhatToDo() {
        var trainer = trainerAddingActivities();
        var response = trainer.post("/author/place", csrf(trainer.get("/author/place")), Map.of());
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("govuk-error-summary"));
        assertTrue(response.body().contains("Select at least one activity to add to the course"));
        assertFalse(response.body().contains("name=\"JWT\""), "nothing goes to the platform");
    }

    @Test
    void aDueDateInThePastIsRefusedAndTheFormKeepsWhatWasEntered() {
        var trainer = trainerAddingActivities();
        var response = trainer.postEncoded("/author/place", "csrf=" + encode(csrf(trainer.get("/author/place")))
                + "&activity=digital-leadership&mode__digital-leadership=score&due__digital-leadership__day=1"
                + "&due__digital-leadership__month=1&due__digital-leadership__year=2020");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("must be today or in the future"));
        assertTrue(response.body().contains("value=\"2020\""));
        assertFalse(response.body().contains("name=\"JWT\""));
    }

    @Test
    void aFormWithoutItsSecurityTokenSendsNothing() {
        var trainer = trainerAddingActivities();
        var response = trainer.post("/author/place", null,
                Map.of("activity", "digital-leadership", "mode__digital-leadership", "score"));
        assertEquals(403, response.statusCode());
        assertFalse(response.body().contains("name=\"JWT\""));
    }

    @Test
    void learnersAndLeadsCannotPlaceActivities() {
        for (var person : List.of("northmoor-learner-12", "northmoor-lead")) {
            var launch = TestLaunch.fromPractice("northmoor", COURSE, person);
            var page = launch.get("/author/place");
            assertEquals(403, page.statusCode(), person);
            var post = launch.post("/author/place", "anything",
                    Map.of("activity", "digital-leadership", "mode__digital-leadership", "score"));
            assertEquals(403, post.statusCode(), person);
        }
    }

    @Test
    void aSessionNotOpenedForDeepLinkingHasNothingToPlace() {
        var trainer = TestLaunch.fromPractice("northmoor", COURSE, "northmoor-trainer");
        var page = trainer.get("/author/place");
        assertEquals(409, page.statusCode());
        assertTrue(page.body().contains("choose to add an activity or external tool"), page.body());
        var csrf = csrf(trainer.get("/author/self-assessment"));
        var post = trainer.post("/author/place", csrf,
                Map.of("activity", "digital-leadership", "mode__digital-leadership", "score"));
        assertEquals(409, post.statusCode());
        assertFalse(post.body().contains("name=\"JWT\""));
    }

    @Test
    void aPlatformThatAcceptsOneItemGetsRadiosAndOneItem() {
        var trainer = deepLinkingFromTestPlatform(Map.of("accept_multiple", false));
        var page = trainer.get("/author/place");
        assertTrue(page.body().contains("type=\"radio\" value=\"digital-leadership\""));
        assertFalse(page.body().contains("name=\"activity\" type=\"checkbox\""), "activities are radios");
        var response = trainer.postEncoded("/author/place", "csrf=" + encode(csrf(page))
                + "&activity=digital-leadership&mode__digital-leadership=score"
                + "&activity=boundaries-online&mode__boundaries-online=score");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Select only one activity"));
    }

    @Test
    void aPlatformThatDoesNotTakeLinksIsToldSo() {
        var trainer = deepLinkingFromTestPlatform(Map.of("accept_types", List.of("file")));
        var page = trainer.get("/author/place");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"not-accepted\""));
        assertFalse(page.body().contains("id=\"add\""), "no form to send");
    }

    @Test
    void aPlatformThatDeclinesLineItemsGetsLinksWithoutColumns() throws Exception {
        var trainer = deepLinkingFromTestPlatform(Map.of("accept_lineitem", false));
        var page = trainer.get("/author/place");
        var handover = trainer.post("/author/place", csrf(page),
                Map.of("activity", "digital-leadership", "mode__digital-leadership", "completion"));
        assertEquals(200, handover.statusCode(), handover.body());
        assertEquals("https://test-platform.example/deep-link/return", formAction(handover));
        var claims = SignedJWT.parse(LaunchClient.field(handover.body(), "JWT").orElseThrow()).getJWTClaimsSet();
        assertEquals(TestPlatformServer.ISSUER, claims.getAudience().get(0));
        assertEquals("it-client", claims.getIssuer());
        assertEquals(null, claims.getClaim(DL + "data"), "no data was sent, so none is echoed");
        @SuppressWarnings("unchecked") var item = (Map<String, Object>) claims.getListClaim(DL + "content_items").get(0);
        assertFalse(item.containsKey("lineItem"));
    }

    @Test
    void aLearnerSeesWhenAPlacedModuleIsOverdue() {
        var lti = "https://purl.imsglobal.org/spec/lti/claim/";
        var learner = TestLaunch.as(platform, "overdue-learner", claims -> claims
                .claim(lti + "context", Map.of("id", "it-course-overdue", "title", "Overdue course"))
                .claim(lti + "resource_link", Map.of("id", "it-link-overdue"))
                .claim(lti + "custom", Map.of("module", "digital-leadership", "due_date", "2020-01-01")));
        var home = learner.get("/learn").body();
        assertTrue(home.contains("Overdue: it was due by 1 January 2020"), home);
        assertTrue(home.contains(">Overdue</strong>"), "the module's tag says overdue");
    }

    static TestLaunch deepLinkingFromTestPlatform(Map<String, Object> settingsChange) {
        var settings = new LinkedHashMap<String, Object>(Map.of(
                "deep_link_return_url", "https://test-platform.example/deep-link/return",
                "accept_types", List.of("ltiResourceLink"),
                "accept_presentation_document_targets", List.of("iframe", "window"),
                "accept_multiple", true));
        settings.putAll(settingsChange);
        var lti = "https://purl.imsglobal.org/spec/lti/claim/";
        return TestLaunch.as(platform, "dl-trainer-" + settingsChange.keySet().iterator().next(), claims -> claims
                .claim(lti + "message_type", "LtiDeepLinkingRequest")
                .claim(lti + "resource_link", null)
                .claim(lti + "roles", List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"))
                .claim(DL + "deep_linking_settings", settings));
    }

    static String formAction(HttpResponse<String> page) {
        var matcher = Pattern.compile("<form action=\"([^\"]+)\" method=\"post\" data-auto-submit").matcher(page.body());
        assertTrue(matcher.find(), "an auto-submitting form");
        return matcher.group(1).replace("&#x2F;", "/").replace("&amp;", "&");
    }

    static RSAKey toolKey(String kid) throws Exception {
        var jwks = JWKSet.parse(new LaunchClient().get(ToolUnderTest.toolUrl("/.well-known/jwks.json")).body());
        return jwks.getKeyByKeyId(kid).toRSAKey();
    }

    /** The row of the lead's summary table that counts one placed module. */
    static String summaryRow(String coursePage, long placement) {
        var start = coursePage.indexOf("data-placement=\"" + placement + "\"");
        assertTrue(start >= 0, "a row for placement " + placement);
        return coursePage.substring(start, coursePage.indexOf("</tr>", start));
    }

    static long courseId() throws SQLException {
        try (var connection = ToolUnderTest.connect();
             var query = connection.prepareStatement("select c.id from course c join deployment d on d.id = "
                     + "c.deployment_ref where c.context_id = ? and d.deployment_id = 'northmoor'")) {
            query.setString(1, COURSE);
            try (var rows = query.executeQuery()) {
                assertTrue(rows.next());
                return rows.getLong(1);
            }
        }
    }

    static List<Long> announcedPlacements(String module) throws SQLException {
        try (var connection = ToolUnderTest.connect();
             var query = connection.prepareStatement("select p.id from placement p join course c on c.id = "
                     + "p.course_ref where c.context_id = ? and p.module_slug = ? and p.resource_link_id like ?")) {
            query.setString(1, COURSE);
            query.setString(2, module);
            query.setString(3, "announced:%");
            try (var rows = query.executeQuery()) {
                var ids = new java.util.ArrayList<Long>();
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
                return ids;
            }
        }
    }

    static String placedLink(String title, String course) throws SQLException {
        try (var connection = ToolUnderTest.connect();
             var query = connection.prepareStatement("select id, line_item_id from practice_link where course_id = ? "
                     + "and title = ? order by created_at desc")) {
            query.setString(1, course);
            query.setString(2, title);
            try (var rows = query.executeQuery()) {
                assertTrue(rows.next(), "the practice platform stored the placed link");
                assertTrue(rows.getString(2) != null, "with its gradebook column");
                return rows.getString(1);
            }
        }
    }
}
