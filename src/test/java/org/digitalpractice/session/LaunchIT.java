package org.digitalpractice.session;

import org.digitalpractice.testing.WithTestPlatform;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import org.digitalpractice.testing.LaunchClient;
import org.digitalpractice.testing.TestLaunch;
import org.digitalpractice.testing.TestPlatformServer;
import org.digitalpractice.testing.ToolUnderTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static org.digitalpractice.testing.LaunchClient.location;
import static org.digitalpractice.testing.LaunchClient.query;
import static org.digitalpractice.testing.LaunchClient.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Login and launch over HTTP against the deployed tool: through the built-in practice platform, and through a test
 * platform whose key the test holds, so that each rejection can be shown end to end, storing nothing.
 */
class LaunchIT extends WithTestPlatform {


    /** A login as the test platform; returns the state and nonce the tool issued, with its binding cookie kept. */
    record Login(LaunchClient browser, String state, String nonce) {
    }

    static Login login(Map<String, String> extra) {
        var browser = new LaunchClient();
        var params = new java.util.LinkedHashMap<String, String>();
        params.put("iss", TestPlatformServer.ISSUER);
        params.put("login_hint", "hint-1");
        params.put("target_link_uri", ToolUnderTest.toolUrl("/learn"));
        params.put("client_id", TestPlatformServer.CLIENT_ID);
        params.putAll(extra);
        var response = browser.post(ToolUnderTest.toolUrl("/lti/login"), params);
        assertEquals(302, response.statusCode(), response.body());
        var auth = query(location(response));
        return new Login(browser, auth.get("state"), auth.get("nonce"));
    }

    static HttpResponse<String> launch(Login login, String idToken) {
        return login.browser().post(ToolUnderTest.toolUrl("/lti/launch"),
                Map.of("id_token", idToken, "state", login.state()));
    }

    static String subject() {
        return "it-user-" + UUID.randomUUID();
    }

    /** A launch whose id_token breaks one rule: 4xx, the rule named on the page, and no row written. */
    static void assertRejectedStoringNothing(UnaryOperator<JWTClaimsSet.Builder> breakRule, String expectedDetail) {
        var login = login(Map.of());
        var before = ToolUnderTest.rowCounts();
        var response = launch(login, platform.sign(breakRule.apply(platform.claims(login.nonce(), subject())).build()));
        assertEquals(400, response.statusCode());
        var detail = text(response.body(), "problem-detail").orElseThrow();
        assertTrue(detail.startsWith(expectedDetail), detail);
        assertEquals(before, ToolUnderTest.rowCounts(), "a rejected launch must store nothing");
    }

    @Test
    void launchesALearnerFromTheTestPlatform() {
        var login = login(Map.of());
        var response = launch(login, platform.sign(platform.claims(login.nonce(), subject()).build()));
        assertEquals(303, response.statusCode(), response.body());
        var home = location(response);
        assertTrue(home.startsWith(ToolUnderTest.toolUrl("/learn?s=")), home);
        var page = login.browser().get(home);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Tess Tester"));
        assertTrue(page.body().contains("Testshire County Council"));
        assertTrue(page.body().contains("Integration course"));
    }

    @Test
    void launchesEachRoleOfThePracticePlatformToItsHome() {
        assertPracticeLaunch("northmoor-learner-05", "/learn", "Social worker");
        assertPracticeLaunch("northmoor-trainer", "/author", "Trainer");
        assertPracticeLaunch("eastbrook-lead", "/insight", "Learning lead");
    }

    void assertPracticeLaunch(String person, String home, String roleLabel) {
        var browser = new LaunchClient();
        var council = person.split("-")[0];
        var start = browser.get(ToolUnderTest.platformUrl("/practice/launch?display=window&council=" + council
                + "&course=" + council + "-children&person=" + person));
        assertEquals(200, start.statusCode());
        var authRedirect = browser.initiateLogin(start.body());
        assertEquals(302, authRedirect.statusCode());
        var autoPost = browser.get(location(authRedirect));
        assertEquals(200, autoPost.statusCode());
        var launch = browser.post(ToolUnderTest.toolUrl("/lti/launch"), Map.of(
                "id_token", LaunchClient.field(autoPost.body(), "id_token").orElseThrow(),
                "state", LaunchClient.field(autoPost.body(), "state").orElseThrow()));
        assertEquals(303, launch.statusCode(), launch.body());
        assertTrue(location(launch).startsWith(ToolUnderTest.toolUrl(home + "?s=")), location(launch));
        var page = browser.get(location(launch));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(roleLabel), "home page shows the role");
    }

    /**
     * Blackboard gives every institution the same issuer and client id; only the deployment tells councils apart.
     * Southvale and Ashby are two such councils: each is its own tenant, and neither lead sees the other's people.
     */
    @Test
    void twoBlackboardCouncilsShareAnIssuerAndClientIdYetStayApart() throws Exception {
        var southvale = TestLaunch.fromPractice("southvale", "southvale-children", "southvale-lead");
        var ashby = TestLaunch.fromPractice("ashby", "ashby-children", "ashby-lead");
        try (var connection = ToolUnderTest.connect();
             var query = connection.prepareStatement("select count(distinct d.id), count(distinct r.id) from course c "
                     + "join deployment d on d.id = c.deployment_ref join platform_registration r on r.id = "
                     + "d.registration_id where r.issuer = 'https://blackboard.com' and c.context_id in "
                     + "('southvale-children', 'ashby-children')")) {
            try (var rows = query.executeQuery()) {
                rows.next();
                assertEquals(2, rows.getInt(1), "two deployments, one for each council");
                assertEquals(1, rows.getInt(2), "under one registration");
            }
        }
        // The lead's home fetches the course's roster from the platform.
        assertTrue(ashby.get("/insight").body().contains("id=\"roster-count\">30<"), "Ashby's roster alone");
        assertTrue(southvale.get("/insight").body().contains("id=\"roster-count\">30<"), "Southvale's roster alone");
        var ashbyCourse = ashby.get("/insight/courses/" + courseId("ashby-children"));
        assertEquals(200, ashbyCourse.statusCode());
        assertTrue(ashbyCourse.body().contains("Ashby and Wyre Council") && !ashbyCourse.body().contains("Southvale"),
                "Ashby's course, named as Ashby's");
        var southvaleCourse = ashby.get("/insight/courses/" + courseId("southvale-children"));
        assertTrue(southvaleCourse.statusCode() == 403 || southvaleCourse.statusCode() == 404,
                "Ashby's lead cannot open Southvale's course: " + southvaleCourse.statusCode());
        assertTrue(southvale.get("/insight/courses/" + courseId("southvale-children")).body()
                .contains("Southvale Council"));
    }

    static long courseId(String contextId) throws java.sql.SQLException {
        try (var connection = ToolUnderTest.connect();
             var query = connection.prepareStatement("select id from course where context_id = ?")) {
            query.setString(1, contextId);
            try (var rows = query.executeQuery()) {
                assertTrue(rows.next(), "the tool knows course " + contextId);
                return rows.getLong(1);
            }
        }
    }

    @Test
    void aTrainersDeepLinkingRequestIsValidatedAndLandsOnTheActivitiesToPlace() {
        var browser = new LaunchClient();
        var start = browser.get(ToolUnderTest.platformUrl("/practice/launch?display=window&council=northmoor"
                + "&course=northmoor-adults&person=northmoor-trainer&message=deep-linking"));
        assertEquals(200, start.statusCode(), start.body());
        var authRedirect = browser.initiateLogin(start.body());
        var autoPost = browser.get(location(authRedirect));
        var launch = browser.post(ToolUnderTest.toolUrl("/lti/launch"), Map.of(
                "id_token", LaunchClient.field(autoPost.body(), "id_token").orElseThrow(),
                "state", LaunchClient.field(autoPost.body(), "state").orElseThrow()));
        assertEquals(303, launch.statusCode(), launch.body());
        assertTrue(location(launch).startsWith(ToolUnderTest.toolUrl("/author/place?s=")), location(launch));
    }

    @Test
    void aPracticeLaunchCarriesTheGradebookAndRosterServices() throws Exception {
        assertPracticeLaunch("eastbrook-learner-21", "/learn", "Social worker");
        try (var connection = ToolUnderTest.connect();
             var query = connection.prepareStatement("select p.ags_line_items, p.ags_scopes, c.memberships_url, "
                     + "s.launch_claims from launch_session s join app_user u on u.id = s.user_ref "
                     + "join placement p on p.id = s.placement_ref join course c on c.id = s.course_ref "
                     + "where u.subject = ? order by s.created_at desc")) {
            query.setString(1, "eastbrook-learner-21");
            try (var rows = query.executeQuery()) {
                assertTrue(rows.next());
                assertTrue(rows.getString(1).contains("/ags/eastbrook-children/lineitems"), rows.getString(1));
                assertTrue(rows.getString(2).contains("https://purl.imsglobal.org/spec/lti-ags/scope/score"));
                assertTrue(rows.getString(3).contains("/nrps/eastbrook-children/memberships"), rows.getString(3));
                assertEquals("{}", rows.getString(4), "the session keeps none of the id_token's claims");
            }
        }
    }

    @Test
    void registrationsLoadOnceHoweverOftenTheToolStarts() throws Exception {
        try (var connection = ToolUnderTest.connect();
             var query = connection.prepareStatement("select count(distinct r.id), count(d.id) from "
                     + "platform_registration r join deployment d on d.registration_id = r.id where r.issuer = ?")) {
            for (var council : List.of("northmoor", "eastbrook")) {
                query.setString(1, ToolUnderTest.practiceIssuer(council));
                try (var rows = query.executeQuery()) {
                    assertTrue(rows.next());
                    assertEquals(1, rows.getInt(1), "one registration for " + council + "'s practice platform");
                    assertEquals(1, rows.getInt(2), "its council, once");
                }
            }
        }
    }

    @Test
    void pagesWithPersonalDataAreNeverCachedButAssetsAre() {
        var learner = TestLaunch.learner(platform, subject());
        var home = learner.get("/learn");
        assertEquals(200, home.statusCode());
        assertEquals("no-store", home.headers().firstValue("Cache-Control").orElseThrow());
        var css = new LaunchClient().get(ToolUnderTest.toolUrl("/static/app.css"));
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Cache-Control").orElseThrow().contains("max-age"),
                css.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void aLaunchWithAVeryLargeIdTokenOpensItsSessionWithoutStoringIt() {
        var login = login(Map.of());
        var token = platform.sign(platform.claims(login.nonce(), subject())
                .claim("https://platform.example/claim/extra", "x".repeat(200_000)).build());
        assertEquals(303, launch(login, token).statusCode(), "a 200 KB id_token launches");
    }

    @Test
    void theLaunchDropsItsBindingCookie() {
        var login = login(Map.of());
        var binding = login.browser().cookies().keySet().stream().filter(n -> n.startsWith("dp_lti_")).findFirst()
                .orElseThrow();
        var response = launch(login, platform.sign(platform.claims(login.nonce(), subject()).build()));
        assertEquals(303, response.statusCode());
        assertTrue(response.headers().allValues("Set-Cookie").stream()
                        .anyMatch(c -> c.startsWith(binding + "=;") && c.contains("Max-Age=0")),
                "the binding cookie is expired: " + response.headers().allValues("Set-Cookie"));
    }

    @Test
    void aBrowserThatAbandonsLoginsIsNotLockedOut() {
        var browser = new LaunchClient();
        HttpResponse<String> last = null;
        for (int i = 0; i < 9; i++) {
            last = browser.post(ToolUnderTest.toolUrl("/lti/login"), Map.of("iss", TestPlatformServer.ISSUER,
                    "login_hint", "hint-1", "target_link_uri", ToolUnderTest.toolUrl("/learn"),
                    "client_id", TestPlatformServer.CLIENT_ID));
            assertEquals(302, last.statusCode());
        }
        var expired = last.headers().allValues("Set-Cookie").stream().filter(c -> c.contains("Max-Age=0")).count();
        assertEquals(8, expired, "the eight bindings of abandoned logins are dropped, so headers never grow");
    }

    @Test
    void rejectsReplayedLaunchStoringNothing() {
        var login = login(Map.of());
        var token = platform.sign(platform.claims(login.nonce(), subject()).build());
        assertEquals(303, launch(login, token).statusCode());
        var before = ToolUnderTest.rowCounts();
        var replay = launch(login, token);
        assertEquals(400, replay.statusCode());
        assertEquals("this state was already used: a launch can be used only once",
                text(replay.body(), "problem-detail").orElseThrow());
        assertEquals(before, ToolUnderTest.rowCounts());
    }

    @Test
    void rejectsReplayedNonceUnderANewState() {
        var first = login(Map.of());
        var token = platform.sign(platform.claims(first.nonce(), subject()).build());
        assertEquals(303, launch(first, token).statusCode());
        // A second login gets a new nonce: the old token's nonce no longer matches it.
        var second = login(Map.of());
        var before = ToolUnderTest.rowCounts();
        var replay = launch(second, token);
        assertEquals(400, replay.statusCode());
        assertEquals("id_token nonce does not match the nonce issued with this login's state",
                text(replay.body(), "problem-detail").orElseThrow());
        assertEquals(before, ToolUnderTest.rowCounts());
    }

    @Test
    void rejectsStateFromAnotherBrowser() {
        var victim = login(Map.of());
        var attacker = new LaunchClient();
        var before = ToolUnderTest.rowCounts();
        var withWrongCookie = attacker.post(ToolUnderTest.toolUrl("/lti/launch/verified"), Map.of(
                "id_token", platform.sign(platform.claims(victim.nonce(), subject()).build()),
                "state", victim.state(), "binding", "guessed"), Map.of("Origin", ToolUnderTest.toolUrl("")));
        assertEquals(400, withWrongCookie.statusCode());
        assertEquals("the state was issued to another browser: this browser did not start the login",
                text(withWrongCookie.body(), "problem-detail").orElseThrow());
        assertEquals(before, ToolUnderTest.rowCounts());
    }

    @Test
    void aLaunchWithoutItsCookieOpensNoUsableSession() {
        var login = login(Map.of());
        var who = subject();
        var sessions = ToolUnderTest.rowCounts(List.of("launch_session")).get("launch_session");
        var response = new LaunchClient().post(ToolUnderTest.toolUrl("/lti/launch"), Map.of(
                "id_token", platform.sign(platform.claims(login.nonce(), who).build()),
                "state", login.state()));
        // No binding cookie and no platform storage: the tool offers a new window, where the person must confirm.
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Open Digital Practice in a new window"));
        assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), "no session cookie");
        assertEquals(sessions + 1, ToolUnderTest.rowCounts(List.of("launch_session")).get("launch_session"));
        assertEquals(1, NewWindowHandoverIT.awaiting(who), "the one new session awaits the new window");
    }

    @Test
    void rejectsVerifiedLaunchPostedFromAnotherSite() {
        var login = login(Map.of());
        var before = ToolUnderTest.rowCounts();
        var response = new LaunchClient().post(ToolUnderTest.toolUrl("/lti/launch/verified"), Map.of(
                "id_token", platform.sign(platform.claims(login.nonce(), subject()).build()),
                "state", login.state(), "binding", login.browser().cookies().values().iterator().next()),
                Map.of("Origin", "https://attacker.example"));
        assertEquals(403, response.statusCode());
        assertEquals(before, ToolUnderTest.rowCounts());
    }

    @Test
    void rejectsForgedSignatureStoringNothing() throws Exception {
        var forger = new RSAKeyGenerator(2048).keyID("it-platform-key").generate();
        var login = login(Map.of());
        var before = ToolUnderTest.rowCounts();
        var response = launch(login, TestPlatformServer.sign(platform.claims(login.nonce(), subject()).build(), forger));
        assertEquals(400, response.statusCode());
        assertEquals("id_token signature does not verify with the platform key 'it-platform-key'",
                text(response.body(), "problem-detail").orElseThrow());
        assertEquals(before, ToolUnderTest.rowCounts());
    }

    @Test
    void rejectsWrongIssuerStoringNothing() {
        assertRejectedStoringNothing(c -> c.issuer("https://evil.example"),
                "id_token iss 'https://evil.example' is not the registered issuer 'https://test-platform.example'");
    }

    @Test
    void rejectsAudienceWithoutClientIdStoringNothing() {
        assertRejectedStoringNothing(c -> c.audience("another-client"),
                "id_token aud [another-client] does not contain client_id 'it-client'");
    }

    @Test
    void rejectsSeveralAudiencesWithoutAzpStoringNothing() {
        assertRejectedStoringNothing(c -> c.audience(List.of("it-client", "x")),
                "id_token has several audiences [it-client, x] but no azp claim");
    }

    @Test
    void rejectsExpiredTokenStoringNothing() {
        var past = Instant.now().minusSeconds(120);
        assertRejectedStoringNothing(c -> c.expirationTime(Date.from(past)),
                "id_token expired at " + Instant.ofEpochSecond(past.getEpochSecond()) + " (now ");
    }

    @Test
    void rejectsUnknownDeploymentStoringNothing() {
        assertRejectedStoringNothing(c -> c.claim("https://purl.imsglobal.org/spec/lti/claim/deployment_id", "unknown"),
                "deployment_id 'unknown' is not registered for client_id 'it-client'");
    }

    @Test
    void rejectsWrongVersionStoringNothing() {
        assertRejectedStoringNothing(c -> c.claim("https://purl.imsglobal.org/spec/lti/claim/version", "1.1"),
                "LTI version '1.1' is not supported: expected 1.3.0");
    }

    @Test
    void rejectsMissingResourceLinkStoringNothing() {
        assertRejectedStoringNothing(c -> c.claim("https://purl.imsglobal.org/spec/lti/claim/resource_link", null),
                "resource link launch has no resource_link.id claim");
    }

    @Test
    void rejectsDeploymentDifferentFromLoginStoringNothing() {
        var login = login(Map.of("lti_deployment_id", "it-deployment-2"));
        var before = ToolUnderTest.rowCounts();
        var response = launch(login, platform.sign(platform.claims(login.nonce(), subject()).build()));
        assertEquals(400, response.statusCode());
        assertEquals("deployment_id 'it-deployment-1' differs from lti_deployment_id 'it-deployment-2' sent at login",
                text(response.body(), "problem-detail").orElseThrow());
        assertEquals(before, ToolUnderTest.rowCounts());
    }

    @Test
    void rejectsLoginFromAnUnknownIssuerStoringNothing() {
        var before = ToolUnderTest.rowCounts();
        var response = new LaunchClient().post(ToolUnderTest.toolUrl("/lti/login"), Map.of(
                "iss", "https://unknown.example", "login_hint", "x", "target_link_uri", ToolUnderTest.toolUrl("/learn")));
        assertEquals(400, response.statusCode());
        assertEquals("no platform is registered with issuer 'https://unknown.example'",
                text(response.body(), "problem-detail").orElseThrow());
        assertEquals(before, ToolUnderTest.rowCounts());
    }

    @Test
    void rejectsLoginWithoutLoginHint() {
        var response = new LaunchClient().post(ToolUnderTest.toolUrl("/lti/login"), Map.of(
                "iss", TestPlatformServer.ISSUER, "target_link_uri", ToolUnderTest.toolUrl("/learn")));
        assertEquals(400, response.statusCode());
        assertEquals("the login request has no login_hint parameter",
                text(response.body(), "problem-detail").orElseThrow());
    }

    @Test
    void acceptsLoginByGetAsBlackboardSends() {
        var response = new LaunchClient().get(ToolUnderTest.toolUrl("/lti/login?iss=" + TestPlatformServer.ISSUER
                + "&login_hint=x&client_id=it-client&target_link_uri=" + ToolUnderTest.toolUrl("/learn")));
        assertEquals(302, response.statusCode());
        var auth = query(location(response));
        assertEquals("openid", auth.get("scope"));
        assertEquals("id_token", auth.get("response_type"));
        assertEquals("form_post", auth.get("response_mode"));
        assertEquals("none", auth.get("prompt"));
        assertEquals(ToolUnderTest.toolUrl("/lti/launch"), auth.get("redirect_uri"));
        var cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("SameSite=None") && cookie.contains("Secure") && cookie.contains("Partitioned"),
                cookie);
    }

    @Test
    void echoesTheLtiMessageHintUnchanged() {
        var login = new LaunchClient().post(ToolUnderTest.toolUrl("/lti/login"), Map.of(
                "iss", TestPlatformServer.ISSUER, "login_hint", "x", "client_id", "it-client",
                "lti_message_hint", "opaque/value?with=chars", "target_link_uri", ToolUnderTest.toolUrl("/learn")));
        assertEquals("opaque/value?with=chars", query(location(login)).get("lti_message_hint"));
    }

    @Test
    void aLearnerGets403OnTheTrainersHome() {
        var login = login(Map.of());
        var launched = launch(login, platform.sign(platform.claims(login.nonce(), subject()).build()));
        var token = query(location(launched)).get("s");
        var response = login.browser().get(ToolUnderTest.toolUrl("/author?s=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
        assertEquals(403, response.statusCode());
    }

    @Test
    void pagesWithoutASessionSay401() {
        assertEquals(401, new LaunchClient().get(ToolUnderTest.toolUrl("/learn")).statusCode());
    }

    @Test
    void toolPagesMayBeFramedOnlyByRegisteredPlatforms() {
        var csp = new LaunchClient().get(ToolUnderTest.toolUrl("/")).headers()
                .firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("frame-ancestors 'self' " + ToolUnderTest.toolUrl("")), csp);
        assertTrue(csp.contains(ToolUnderTest.platformUrl("")), "the practice platform may frame the tool");
        assertTrue(!csp.contains("frame-ancestors *"), csp);
    }

    @Test
    void servesTheToolKeysWithAKid() {
        var jwks = new LaunchClient().get(ToolUnderTest.toolUrl("/.well-known/jwks.json"));
        assertEquals(200, jwks.statusCode());
        assertTrue(jwks.body().contains("\"kid\""));
        assertTrue(!jwks.body().contains("\"d\""), "private key parts must never be published");
    }

    @Test
    void readinessIncludesTheDatabase() {
        var ready = new LaunchClient().get(ToolUnderTest.toolUrl("/health/ready"));
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"database\""));
        var product = "postgres".equals(ToolUnderTest.database()) ? "PostgreSQL" : "H2";
        assertTrue(ready.body().contains(product), "the tool runs on " + product + ": " + ready.body());
    }
}
