package org.digitalpractice.practice;

import org.digitalpractice.testing.DeployedTool;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import org.digitalpractice.testing.LaunchClient;
import org.digitalpractice.testing.TestPlatformServer;
import org.digitalpractice.testing.ToolUnderTest;
import org.digitalpractice.practice.services.PracticeAgsResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The practice platform's services over HTTP, as the tool will use them: OAuth2 tokens, AGS line items and
 * scores, NRPS pages, and the faults it can be told to produce.
 */
class PracticePlatformIT extends DeployedTool {

    static final String COURSE = "eastbrook-adults";
    final HttpClient http = HttpClient.newHttpClient();
    String token;

    /** A token as if the tool had fetched one; how the tool fetches it is tested with the tool's own client. */
    @BeforeEach
    void grantedToken() throws Exception {
        token = "it-" + UUID.randomUUID();
        try (var connection = ToolUnderTest.connect();
             var insert = connection.prepareStatement(
                     "insert into practice_token (token, scopes, expires_at) values (?, ?, ?)")) {
            insert.setString(1, token);
            insert.setString(2, String.join(" ", PracticeTokens.LINE_ITEM, PracticeTokens.LINE_ITEM_READ,
                    PracticeTokens.RESULT_READ, PracticeTokens.SCORE, PracticeTokens.MEMBERSHIPS));
            insert.setTimestamp(3, Timestamp.from(Instant.now().plusSeconds(3600)));
            insert.executeUpdate();
        }
        control("/faults", "{\"kind\":\"none\"}");
    }

    @AfterEach
    void noFaultsLeft() throws Exception {
        control("/faults", "{\"kind\":\"none\"}");
    }

    HttpResponse<String> call(String method, String path, String type, String body) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create(ToolUnderTest.platformUrl("/practice" + path)))
                .header("Authorization", "Bearer " + token)
                .header("User-Agent", "PracticePlatformIT");
        if (body != null) {
            builder.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> control(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(ToolUnderTest.platformUrl("/practice/control" + path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    String createLineItem(String label, String tag) throws Exception {
        return createLineItem(COURSE, label, tag);
    }

    String createLineItem(String course, String label, String tag) throws Exception {
        var created = call("POST", "/ags/" + course + "/lineitems", PracticeAgsResource.LINE_ITEM_TYPE,
                "{\"label\":\"" + label + "\",\"scoreMaximum\":10,\"resourceLinkId\":\"rl-" + label + "\",\"tag\":\""
                        + tag + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        var matcher = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(created.body());
        assertTrue(matcher.find());
        return matcher.group(1);
    }

    String score(String user, double given, String timestamp) {
        return "{\"userId\":\"" + user + "\",\"scoreGiven\":" + given + ",\"scoreMaximum\":10,"
                + "\"activityProgress\":\"Completed\",\"gradingProgress\":\"FullyGraded\",\"timestamp\":\""
                + timestamp + "\",\"comment\":\"Module completed\"}";
    }

    String path(String lineItemUrl) {
        return lineItemUrl.substring(lineItemUrl.indexOf("/practice") + "/practice".length());
    }

    @Test
    void createsAndFiltersLineItems() throws Exception {
        var tag = "tag-" + UUID.randomUUID();
        createLineItem("Module A", tag);
        createLineItem("Module B", "other");
        var filtered = call("GET", "/ags/" + COURSE + "/lineitems?tag=" + tag, null, null);
        assertEquals(200, filtered.statusCode());
        assertTrue(filtered.headers().firstValue("Content-Type").orElseThrow()
                .startsWith(PracticeAgsResource.CONTAINER_TYPE));
        assertTrue(filtered.body().contains("Module A"));
        assertTrue(!filtered.body().contains("Module B"));
    }

    @Test
    void aCanvasCouncilRefusesAnOlderScoreAndKeepsTheNewer() throws Exception {
        var item = path(createLineItem("Scored", "t"));
        assertEquals(200, call("POST", item + "/scores", PracticeAgsResource.SCORE_TYPE,
                score("eastbrook-learner-03", 9, "2026-11-26T10:00:00Z")).statusCode());
        var older = call("POST", item + "/scores", PracticeAgsResource.SCORE_TYPE,
                score("eastbrook-learner-03", 4, "2026-11-26T09:00:00Z"));
        assertEquals(400, older.statusCode());
        assertTrue(older.body().contains("before last updated timestamp"), older.body());
        assertEquals(200, call("POST", item + "/scores", PracticeAgsResource.SCORE_TYPE,
                score("eastbrook-learner-03", 8, "2026-11-26T10:00:00Z")).statusCode(), "an equal timestamp is taken");
        var results = call("GET", item + "/results", null, null);
        assertEquals(200, results.statusCode());
        assertTrue(results.body().contains("\"resultScore\":8"), results.body());
    }

    @Test
    void aMoodleCouncilRefusesAScoreNotNewerThanItsGrade() throws Exception {
        var item = path(createLineItem("northmoor-children", "Moodle column", "t"));
        assertEquals(200, call("POST", item + "/scores", PracticeAgsResource.SCORE_TYPE,
                score("northmoor-learner-03", 9, "2026-11-26T10:00:00.500Z")).statusCode());
        var sameSecond = call("POST", item + "/scores", PracticeAgsResource.SCORE_TYPE,
                score("northmoor-learner-03", 4, "2026-11-26T10:00:00.900Z"));
        assertEquals(409, sameSecond.statusCode());
        assertTrue(sameSecond.body().contains("Refusing score with an earlier timestamp"), sameSecond.body());
        assertEquals(200, call("POST", item + "/scores", PracticeAgsResource.SCORE_TYPE,
                score("northmoor-learner-03", 7, "2026-11-26T10:00:01Z")).statusCode());
        var results = call("GET", item + "/results?user_id=northmoor-learner-03", null, null);
        assertTrue(results.body().contains("\"resultScore\":7"), results.body());
        assertTrue(results.body().contains("\"timestamp\":\"2026-11-26T10:00:01Z\""),
                "a column the tool made carries the score's timestamp: " + results.body());
    }

    @Test
    void aMoodleCouncilStampsItsOwnColumnsGradesWithTheirArrival() throws Exception {
        var item = "/ags/northmoor-children/lineitems/" + platformMadeLineItem("northmoor-children");
        var before = Instant.now().minusSeconds(1);
        assertEquals(200, call("POST", item + "/scores", PracticeAgsResource.SCORE_TYPE,
                score("northmoor-learner-04", 9, "2026-01-01T10:00:00Z")).statusCode());
        var later = call("POST", item + "/scores", PracticeAgsResource.SCORE_TYPE,
                score("northmoor-learner-04", 10, "2026-06-01T10:00:00Z"));
        assertEquals(409, later.statusCode(), "newer than the first score, but not than its arrival");
        var results = call("GET", item + "/results?user_id=northmoor-learner-04", null, null);
        var matcher = Pattern.compile("\"timestamp\":\"([^\"]+)\"").matcher(results.body());
        assertTrue(matcher.find(), results.body());
        assertTrue(Instant.parse(matcher.group(1)).isAfter(before), "stamped with its arrival: " + results.body());
    }

    @Test
    void aMoodleCouncilDropsTheScoreOfAProgressReport() throws Exception {
        var item = path(createLineItem("northmoor-children", "Progress", "t"));
        assertEquals(200, call("POST", item + "/scores", PracticeAgsResource.SCORE_TYPE,
                "{\"userId\":\"northmoor-learner-05\",\"scoreGiven\":3,\"scoreMaximum\":10,"
                        + "\"activityProgress\":\"InProgress\",\"gradingProgress\":\"Pending\","
                        + "\"timestamp\":\"2026-11-26T10:00:00Z\"}").statusCode());
        assertEquals("[]", call("GET", item + "/results", null, null).body(), "no score is kept unless FullyGraded");
    }

    @Test
    void aMoodleCouncilAcceptsEachLaunchHintOnce() {
        var browser = new LaunchClient();
        var start = browser.get(ToolUnderTest.platformUrl("/practice/launch?display=window&council=northmoor"
                + "&course=northmoor-children&person=northmoor-learner-06"));
        var login = browser.initiateLogin(start.body());
        var auth = LaunchClient.location(login);
        assertEquals(200, browser.get(auth).statusCode(), "the first use of the hint");
        var again = browser.get(auth);
        assertEquals(400, again.statusCode(), "Moodle removes the launch from its session on first use");
        assertTrue(again.body().contains("already used"), again.body());
    }

    /** A column the platform made itself, as Moodle makes one with each activity. */
    static String platformMadeLineItem(String course) throws Exception {
        var id = UUID.randomUUID().toString();
        try (var connection = ToolUnderTest.connect();
             var insert = connection.prepareStatement("insert into practice_line_item (id, course_id, label, "
                     + "score_maximum, created_at) values (?, ?, 'Activity', 10, ?)")) {
            insert.setString(1, id);
            insert.setString(2, course);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        return id;
    }

    @Test
    void rejectsScoresThatAreNotScoreJson() throws Exception {
        var item = path(createLineItem("Typed", "t"));
        assertEquals(415, call("POST", item + "/scores", "application/json",
                score("eastbrook-learner-03", 9, "2026-11-26T10:00:00Z")).statusCode());
    }

    @Test
    void rejectsAScoreForSomeoneOutsideTheCourse() throws Exception {
        var item = path(createLineItem("Outsider", "t"));
        var response = call("POST", item + "/scores", PracticeAgsResource.SCORE_TYPE,
                score("northmoor-learner-01", 9, "2026-11-26T10:00:00Z"));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("is not a member of this course"));
    }

    @Test
    void aCanvasCouncilPagesItsLineItemsTenAtATime() throws Exception {
        var tag = "paged-" + UUID.randomUUID();
        for (int i = 0; i < 12; i++) {
            createLineItem("Column " + i, tag);
        }
        var first = call("GET", "/ags/" + COURSE + "/lineitems?tag=" + tag, null, null);
        assertEquals(10, first.body().split("\"label\"").length - 1, "ten on the first page");
        var next = first.headers().firstValue("Link").orElseThrow();
        assertTrue(next.endsWith("rel=\"next\""), next);
        var url = next.substring(1, next.indexOf('>'));
        var second = call("GET", url.substring(url.indexOf("/practice") + "/practice".length()), null, null);
        assertEquals(2, second.body().split("\"label\"").length - 1, "the last two on the second page");
        assertTrue(second.headers().firstValue("Link").isEmpty(), "no page after the last");
    }

    @Test
    void aCanvasCouncilGivesAtMostFiftyMembersAPage() throws Exception {
        var page = call("GET", "/nrps/eastbrook-children/memberships?limit=500", null, null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().split("\"user_id\"").length - 1 <= 50);
    }

    @Test
    void aCanvasCouncilAnswers422ForAScoreOfSomeoneWhoIsNotAStudent() throws Exception {
        var item = path(createLineItem("Trainer's", "t"));
        var response = call("POST", item + "/scores", PracticeAgsResource.SCORE_TYPE,
                score("eastbrook-trainer", 9, "2026-11-26T10:00:00Z"));
        assertEquals(422, response.statusCode());
        assertTrue(response.body().contains("is not a learner in this course"), response.body());
    }

    @Test
    void rejectsAScoreWithoutTimestamp() throws Exception {
        var item = path(createLineItem("NoTime", "t"));
        var response = call("POST", item + "/scores", PracticeAgsResource.SCORE_TYPE,
                "{\"userId\":\"eastbrook-learner-03\",\"activityProgress\":\"Completed\","
                        + "\"gradingProgress\":\"FullyGraded\"}");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("timestamp is required"));
    }

    @Test
    void refusesCallsWithoutAValidToken() throws Exception {
        token = "not-a-token";
        assertEquals(401, call("GET", "/ags/" + COURSE + "/lineitems", null, null).statusCode());
        assertEquals(401, call("GET", "/nrps/" + COURSE + "/memberships", null, null).statusCode());
    }

    @Test
    void refusesAClientAssertionSignedWithAnUnknownKey() throws Exception {
        var stranger = new RSAKeyGenerator(2048).keyID("stranger").generate();
        var assertion = TestPlatformServer.sign(new JWTClaimsSet.Builder()
                .issuer("digital-practice-tool").subject("digital-practice-tool")
                .audience(ToolUnderTest.platformUrl("/practice/token")).jwtID(UUID.randomUUID().toString())
                .expirationTime(Date.from(Instant.now().plusSeconds(60))).issueTime(new Date()).build(), stranger);
        var response = new LaunchClient().post(ToolUnderTest.platformUrl("/practice/token"), Map.of(
                "grant_type", "client_credentials",
                "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                "client_assertion", assertion, "scope", PracticeTokens.SCORE));
        assertEquals(401, response.statusCode());
        assertTrue(response.body().contains("invalid_client"), response.body());
    }

    @Test
    void refusesAnotherGrantType() {
        var response = new LaunchClient().post(ToolUnderTest.platformUrl("/practice/token"),
                Map.of("grant_type", "password", "scope", PracticeTokens.SCORE));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("unsupported_grant_type"));
    }

    @Test
    void pagesTheRosterWithLinkNext() throws Exception {
        var course = "northmoor-adults";
        control("/roster/" + course, "{\"addLearners\":968}");
        var next = "/nrps/" + course + "/memberships?limit=100";
        int pages = 0;
        int members = 0;
        while (next != null) {
            var page = call("GET", next, null, null);
            assertEquals(200, page.statusCode());
            pages++;
            members += page.body().split("\"user_id\"").length - 1;
            next = page.headers().firstValue("Link").map(link -> {
                var url = link.substring(1, link.indexOf('>'));
                return url.substring(url.indexOf("/practice") + "/practice".length());
            }).orElse(null);
        }
        assertTrue(members >= 1000, "members: " + members);
        assertEquals((members + 99) / 100, pages);
    }

    @Test
    void showsAMemberWhoLeftAsDeleted() throws Exception {
        var course = "eastbrook-children";
        assertEquals(200, control("/roster/" + course,
                "{\"userId\":\"eastbrook-learner-07\",\"status\":\"Deleted\"}").statusCode());
        var page = call("GET", "/nrps/" + course + "/memberships?limit=1000", null, null);
        try (var reader = Json.createReader(new StringReader(page.body()))) {
            var member = reader.readObject().getJsonArray("members").stream().map(JsonValue::asJsonObject)
                    .filter(m -> m.getString("user_id").equals("eastbrook-learner-07")).findFirst().orElseThrow();
            assertEquals("Deleted", member.getString("status"));
        }
    }

    @Test
    void canBeUnavailable() throws Exception {
        control("/faults", "{\"kind\":\"unavailable\",\"seconds\":30}");
        assertEquals(503, call("GET", "/ags/" + COURSE + "/lineitems", null, null).statusCode());
    }

    @Test
    void canRateLimitWithRetryAfter() throws Exception {
        control("/faults", "{\"kind\":\"rate-limited\",\"calls\":1,\"retryAfter\":7}");
        var limited = call("GET", "/ags/" + COURSE + "/lineitems", null, null);
        assertEquals(429, limited.statusCode());
        assertEquals("7", limited.headers().firstValue("Retry-After").orElseThrow());
        assertEquals(200, call("GET", "/ags/" + COURSE + "/lineitems", null, null).statusCode());
    }

    @Test
    void canAnswer401Once() throws Exception {
        control("/faults", "{\"kind\":\"unauthorised-once\"}");
        assertEquals(401, call("GET", "/ags/" + COURSE + "/lineitems", null, null).statusCode());
        assertEquals(200, call("GET", "/ags/" + COURSE + "/lineitems", null, null).statusCode());
    }

    @Test
    void refusesAnUnknownFault() throws Exception {
        var response = control("/faults", "{\"kind\":\"explode\"}");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("kind must be"));
    }

    @Test
    void refusesADeepLinkingResponseTheToolDidNotSign() throws Exception {
        var stranger = new RSAKeyGenerator(2048).keyID("stranger").generate();
        var response = TestPlatformServer.sign(new JWTClaimsSet.Builder()
                .issuer("digital-practice-tool").audience(ToolUnderTest.platformUrl("/practice"))
                .expirationTime(Date.from(Instant.now().plusSeconds(60))).issueTime(new Date())
                .claim("nonce", "n").build(), stranger);
        long before = practiceLinks();
        var result = new LaunchClient().post(ToolUnderTest.platformUrl("/practice/deep-link/return"),
                Map.of("JWT", response));
        assertEquals(400, result.statusCode());
        assertTrue(result.body().contains("did not accept the tool"), result.body());
        assertEquals(before, practiceLinks(), "nothing is added from a refused response");
    }

    long practiceLinks() throws Exception {
        try (var connection = ToolUnderTest.connect();
             var statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*) from practice_link")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void onlyTheTrainerCanAddActivities() {
        var response = new LaunchClient().get(ToolUnderTest.platformUrl("/practice/launch?council=eastbrook"
                + "&course=eastbrook-adults&person=eastbrook-learner-02&message=deep-linking"));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Only a course's trainer can add activities"), response.body());
    }

    @Test
    void aCoursePageListsItsActivitiesAndOffersToAddMore() {
        var page = new LaunchClient().get(ToolUnderTest.platformUrl("/practice/courses/" + COURSE));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Add activities from Digital Practice"));
        assertTrue(page.body().contains("The course's link to Digital Practice"));
    }

    @Test
    void showsItsGradebookAndRoster() {
        var browser = new LaunchClient();
        var gradebook = browser.get(ToolUnderTest.platformUrl("/practice/courses/" + COURSE + "/gradebook"));
        assertEquals(200, gradebook.statusCode());
        assertTrue(gradebook.body().contains("Gradebook"));
        var roster = browser.get(ToolUnderTest.platformUrl("/practice/courses/" + COURSE + "/roster"));
        assertEquals(200, roster.statusCode());
        assertTrue(roster.body().contains("Ravi Sandhu"));
    }
}
