package org.digitalpractice.admin;

import jakarta.json.Json;
import org.digitalpractice.testing.ConsoleUser;
import org.digitalpractice.testing.DeployedTool;
import org.digitalpractice.testing.Eventually;
import org.digitalpractice.testing.LaunchClient;
import org.digitalpractice.testing.TestLaunch;
import org.digitalpractice.testing.ToolUnderTest;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.digitalpractice.testing.ConsoleUser.count;
import static org.digitalpractice.testing.ConsoleUser.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the console shows and does, action by action, over HTTP; each action then appears in the audit log under
 * the administrator's name. A registration that is not active gets no score and no roster call.
 */
class ConsoleIT extends DeployedTool {

    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    static HttpResponse<String> api(String method, String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(ToolUnderTest.toolUrl(path)))
                .header("Authorization", "Bearer it-admin-token").header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String status(long registration) {
        try (var connection = ToolUnderTest.connect();
             var query = connection.prepareStatement("select status from platform_registration where id = ?")) {
            query.setLong(1, registration);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- registrations ----

    @Test
    void aPendingRegistrationIsApprovedThenSwitchedOff() {
        var council = ConsoleFixture.pending("approve");
        var admin = ConsoleUser.first();
        var page = admin.get("/admin/console/registrations");
        assertTrue(page.body().contains("id=\"approve-" + council.registration() + "\""), "waiting with a button");

        assertEquals(303, admin.post("/admin/console/registrations/" + council.registration() + "/approve")
                .statusCode());
        assertEquals("ACTIVE", status(council.registration()));
        assertEquals(303, admin.post("/admin/console/registrations/" + council.registration() + "/disable",
                Map.of("confirm", "yes")).statusCode());
        assertEquals("DISABLED", status(council.registration()));
        var log = admin.get("/admin/console/audit").body();
        assertTrue(log.contains("Approved registration " + council.registration()));
        assertTrue(log.contains("Switched off registration " + council.registration()));
        assertTrue(log.contains(ConsoleUser.FIRST_NAME + " (" + ConsoleUser.FIRST + ")"));
    }

    @Test
    void switchingOffAsksFirstAndSaysWhatItDoes() {
        var council = ConsoleFixture.pending("ask");
        var admin = ConsoleUser.first();
        assertTrue(admin.get("/admin/console/registrations").body().contains("href=\"/admin/console/registrations/"
                + council.registration() + "/disable\""), "the list leads to the confirmation, not to a form");
        var page = admin.get("/admin/console/registrations/" + council.registration() + "/disable");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("every launch from this platform is refused"), page.body());
        assertTrue(page.body().contains("scores wait in the queue"));
        assertTrue(page.body().contains("Yes, switch it off"));
        assertTrue(page.body().contains("id=\"cancel-switch-off\""));
        assertTrue(LaunchClient.field(page.body(), "csrf").isPresent(), "the form carries its CSRF token");
        assertEquals("PENDING", status(council.registration()), "asking changes nothing");
    }

    @Test
    void switchingOffWithoutTheConfirmationIsRefused() {
        var council = ConsoleFixture.pending("unconfirmed");
        var admin = ConsoleUser.first();
        admin.get("/admin/console/registrations/" + council.registration() + "/disable");
        var refused = admin.post("/admin/console/registrations/" + council.registration() + "/disable");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("Select Yes, switch it off to switch this registration off"));
        assertEquals("PENDING", status(council.registration()));
    }

    @Test
    void switchingOffWithABadCsrfTokenIsRefused() {
        var council = ConsoleFixture.pending("forged");
        var admin = ConsoleUser.first();
        admin.get("/admin/console/registrations/" + council.registration() + "/disable");
        var forged = admin.postAsIs("/admin/console/registrations/" + council.registration() + "/disable",
                Map.of("csrf", "not-the-token", "confirm", "yes"));
        assertEquals(403, forged.statusCode());
        assertEquals("PENDING", status(council.registration()));
    }

    @Test
    void switchingOffARegistrationThatDoesNotExistAnswers404() {
        assertEquals(404, ConsoleUser.first().get("/admin/console/registrations/999999999/disable").statusCode());
    }

    @Test
    void approvingARegistrationThatDoesNotExistAnswers404() {
        var admin = ConsoleUser.first();
        admin.get("/admin/console/registrations");
        assertEquals(404, admin.post("/admin/console/registrations/" + Long.MAX_VALUE + "/approve").statusCode());
    }

    @Test
    void aRegistrationLinkIsMadeAndShownOnce() {
        var admin = ConsoleUser.first();
        admin.get("/admin/console/registrations");
        var links = count("select count(*) from registration_link");
        var made = admin.post("/admin/console/registrations/links");
        assertEquals(200, made.statusCode());
        var link = LaunchClient.text(made.body(), "registration-link").orElseThrow();
        assertTrue(link.startsWith(ToolUnderTest.toolUrl("/lti/register?link=")), link);
        assertEquals(links + 1, count("select count(*) from registration_link"));
        assertTrue(admin.get("/admin/console/audit").body().contains("Made a one-time registration link"));
    }

    // ---- councils ----

    @Test
    void aCouncilIsRenamed() {
        var council = ConsoleFixture.pending("rename");
        var admin = ConsoleUser.first();
        assertEquals(200, admin.get("/admin/console/deployments/" + council.deployment()).statusCode());
        var saved = admin.post("/admin/console/deployments/" + council.deployment(),
                Map.of("council-name", "  Westmarch Borough Council "));
        assertEquals(303, saved.statusCode());
        assertEquals(1, count("select count(*) from deployment where id = ? and council_name = ?",
                council.deployment(), "Westmarch Borough Council"));
        assertTrue(admin.get("/admin/console/deployments").body().contains("Westmarch Borough Council"));
        assertTrue(admin.get("/admin/console/audit").body().contains("Changed the council name of deployment "
                + council.deployment()));
    }

    @Test
    void aCouncilNameBlankOrTooLongIsAFormErrorAndChangesNothing() {
        var council = ConsoleFixture.pending("badname");
        var admin = ConsoleUser.first();
        admin.get("/admin/console/deployments/" + council.deployment());
        var blank = admin.post("/admin/console/deployments/" + council.deployment(), Map.of("council-name", " "));
        assertEquals(400, blank.statusCode());
        assertTrue(blank.body().contains("Enter the council&#39;s name") || blank.body().contains("Enter the council's name"),
                blank.body());
        var tooLong = admin.post("/admin/console/deployments/" + council.deployment(),
                Map.of("council-name", "W".repeat(256)));
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.body().contains("Council name must be 255 characters or fewer"));
        assertTrue(tooLong.body().contains("govuk-error-summary"));
        assertEquals(1, count("select count(*) from deployment where id = ? and council_name = ?",
                council.deployment(), council.council()));
    }

    @Test
    void theApiRenamesACouncilWithTheSameChecks() throws Exception {
        var council = ConsoleFixture.pending("apiname");
        var tooLong = api("PUT", "/admin/deployments/" + council.deployment() + "/council",
                "{\"councilName\":\"" + "W".repeat(256) + "\"}");
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.body().contains("Council name must be 255 characters or fewer"));
        assertEquals(400, api("PUT", "/admin/deployments/" + council.deployment() + "/council", "not json")
                .statusCode());
        assertEquals(404, api("PUT", "/admin/deployments/" + Long.MAX_VALUE + "/council", "{\"councilName\":\"X\"}").statusCode());
        var renamed = api("PUT", "/admin/deployments/" + council.deployment() + "/council",
                "{\"councilName\":\"Eastholm Council\"}");
        assertEquals(200, renamed.statusCode(), renamed.body());
        assertEquals(1, count("select count(*) from deployment where id = ? and council_name = 'Eastholm Council'",
                council.deployment()));
        assertEquals(1, count("select count(*) from audit_log where actor = 'administration API' and action = ?",
                "Changed the council name of deployment " + council.deployment()));
    }

    // ---- keys ----

    @Test
    void rotateNowPublishesTheNextKeyOnceConfirmed() throws Exception {
        var admin = ConsoleUser.first();
        var keys = admin.get("/admin/console/keys");
        assertTrue(keys.body().contains(">Now<"), "the signing key is shown");
        assertEquals(200, admin.get("/admin/console/keys/rotate").statusCode(), "a confirmation comes first");
        var rotated = admin.post("/admin/console/keys/rotate");
        if (rotated.statusCode() == 409) {
            // Another test started a rotation already: its next key is waiting.
            assertTrue(rotated.body().contains("A new key is already waiting to sign"));
        } else {
            assertEquals(303, rotated.statusCode());
            assertTrue(admin.get("/admin/console/audit").body().contains("Started a key rotation"));
        }
        assertTrue(admin.get("/admin/console/keys").body().contains(">Next<"));
        admin.get("/admin/console/keys/rotate");
        var again = admin.post("/admin/console/keys/rotate");
        assertEquals(409, again.statusCode(), "one waiting key at a time");
        assertEquals(409, api("POST", "/admin/keys/rotate", null).statusCode(), "the API says the same");
        var listed = Json.createReader(new StringReader(api("GET", "/admin/keys", null).body())).readObject();
        assertTrue(listed.getJsonArray("keys").stream().anyMatch(k -> k.asJsonObject().getString("role")
                .equals("NEXT")));
    }

    // ---- gradebook ----

    @Test
    void scoresOfARegistrationNotActiveWaitAndGoOnceItIsApproved() throws Exception {
        var council = ConsoleFixture.pending("scores");
        var score = council.queueScore("PENDING");
        try {
            Thread.sleep(3_000); // the delivery worker polls every second in the tests
            assertEquals(1, count("select count(*) from score_outbox where id = ? and status = 'PENDING' "
                    + "and attempts = 0", score), "not sent, not failed: waiting");
            var admin = ConsoleUser.first();
            var page = admin.get("/admin/console/gradebook");
            var waiting = Integer.parseInt(LaunchClient.text(page.body(), "waiting-for-registration").orElseThrow()
                    .strip().split(" ")[0]);
            assertTrue(waiting >= 1, "shown as waiting for its registration: " + waiting);

            admin.post("/admin/console/registrations/" + council.registration() + "/approve");
            Eventually.within(Duration.ofSeconds(20), () -> count("select attempts from score_outbox where id = ?",
                    score) > 0 || count("select count(*) from score_outbox where id = ? and status <> 'PENDING'",
                    score) > 0, () -> "approved: the worker takes the score up");
        } finally {
            update("update platform_registration set status = 'DISABLED' where id = ?", council.registration());
            update("delete from score_outbox where id = ?", score);
        }
    }

    @Test
    void aFailedScoreIsShownWithItsReasonAndSentAgain() {
        var council = ConsoleFixture.pending("failed");
        var one = council.queueScore("FAILED");
        var two = council.queueScore("FAILED");
        try {
            var admin = ConsoleUser.first();
            var page = admin.get("/admin/console/gradebook");
            assertTrue(page.body().contains("id=\"reason-" + one + "\">The platform said no (a test&#39;s reason)")
                    || page.body().contains("The platform said no"), "the reason is shown");
            assertFalse(page.body().contains(council.subject()), "the learner is not named");
            assertEquals(303, admin.post("/admin/console/gradebook/" + one + "/retry").statusCode());
            assertEquals(1, count("select count(*) from score_outbox where id = ? and status = 'PENDING'", one));
            assertEquals(404, admin.post("/admin/console/gradebook/" + one + "/retry").statusCode(),
                    "only a failed score is sent again");
            assertEquals(303, admin.post("/admin/console/gradebook/retry-all").statusCode());
            assertEquals(1, count("select count(*) from score_outbox where id = ? and status = 'PENDING'", two));
            var log = admin.get("/admin/console/audit").body();
            assertTrue(log.contains("Sent failed score " + one + " again"));
            assertTrue(log.contains("Sent every failed score again"));
        } finally {
            update("delete from score_outbox where id in (?, ?)", one, two);
        }
    }

    // ---- rosters ----

    @Test
    void aSwitchedOffRegistrationsRostersAreNotFetched() {
        var course = "eastbrook-children";
        var lead = TestLaunch.fromPractice("eastbrook", course, "eastbrook-lead");
        lead.get("/insight");
        var registration = count("select d.registration_id from course c join deployment d on d.id = c.deployment_ref "
                + "join platform_registration r on r.id = d.registration_id where c.context_id = ? and r.issuer = ?",
                course, ToolUnderTest.practiceIssuer("eastbrook"));
        var snapshots = "select count(*) from roster_snapshot s join course c on c.id = s.course_ref "
                + "join deployment d on d.id = c.deployment_ref where c.context_id = ? and d.registration_id = ?";
        var before = count(snapshots, course, registration);
        assertTrue(before > 0, "fetched while active");
        var admin = ConsoleUser.first();
        admin.get("/admin/console/registrations");
        try {
            assertEquals(303, admin.post("/admin/console/registrations/" + registration + "/disable",
                    Map.of("confirm", "yes")).statusCode());
            lead.get("/insight");
            assertEquals(before, count(snapshots, course, registration), "no roster call while switched off");
            var rosters = admin.get("/admin/console/rosters").body();
            assertTrue(rosters.contains("Registration not active"));
        } finally {
            admin.post("/admin/console/registrations/" + registration + "/approve");
        }
        assertEquals("ACTIVE", status(registration));
    }

    @Test
    void aFailedRosterFetchIsShownWithItsProblem() {
        var council = ConsoleFixture.pending("roster");
        update("insert into roster_snapshot (id, course_ref, fetched_at, members, joined, departed, changed, pages, "
                        + "problem) values (?, ?, ?, 0, 0, 0, 0, 0, ?)", org.digitalpractice.insight.InsightData.nextId(),
                council.course(), java.sql.Timestamp.from(java.time.Instant.now()), "The platform answered 500");
        var page = ConsoleUser.first().get("/admin/console/rosters").body();
        assertTrue(page.contains("The platform answered 500"));
        assertTrue(page.contains("Course course-roster"));
    }

    // ---- content and database ----

    @Test
    void contentIsReloadedAndTheDatabaseAnswers() {
        var admin = ConsoleUser.first();
        var page = admin.get("/admin/console/content");
        assertTrue(page.body().contains("Answering"));
        var modules = admin.post("/admin/console/content/modules");
        assertEquals(200, modules.statusCode());
        assertTrue(modules.body().contains("Training modules reloaded"));
        assertTrue(admin.post("/admin/console/content/framework").body().contains("Self-assessment framework reloaded"));
        assertTrue(admin.post("/admin/console/content/pulse").body().contains("Practice pulse questions reloaded"));
        var log = admin.get("/admin/console/audit").body();
        assertTrue(log.contains("Reloaded the training modules"));
        assertTrue(log.contains("Reloaded the self-assessment framework"));
    }

    // ---- people ----

    @Test
    void aPersonIsFoundAndTheirDataDownloadedInThePrivacyLogUnderTheAdministratorsName() {
        var council = ConsoleFixture.pending("sar");
        var admin = ConsoleUser.first();
        admin.get("/admin/console/people");
        var found = admin.post("/admin/console/people/search", Map.of("subject", council.subject(), "email", ""));
        assertEquals(200, found.statusCode());
        assertTrue(found.body().contains(council.name()));
        var export = admin.client().post(ToolUnderTest.toolUrl("/admin/console/people/" + council.person() + "/export"),
                Map.of("csrf", LaunchClient.field(found.body(), "csrf").orElseThrow()));
        assertEquals(200, export.statusCode());
        assertEquals("application/zip", export.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(1, count("select count(*) from privacy_log where deployment_ref = ? and action = "
                + "'SUBJECT_ACCESS' and requested_by = ?", council.deployment(), ConsoleUser.FIRST));
    }

    @Test
    void aPersonIsErasedAfterAConfirmationAndNoLogNamesThem() {
        var council = ConsoleFixture.pending("erase");
        var admin = ConsoleUser.first();
        var confirm = admin.get("/admin/console/people/" + council.person() + "/erase");
        assertEquals(200, confirm.statusCode());
        assertTrue(confirm.body().contains(council.name()), "the confirmation says whom");
        assertEquals(1, count("select count(*) from app_user where id = ? and display_name is not null",
                council.person()), "nothing is erased before it is confirmed");
        var erased = admin.post("/admin/console/people/" + council.person() + "/erase");
        assertEquals(200, erased.statusCode());
        assertTrue(erased.body().contains("Erased"));
        assertEquals(0, count("select count(*) from app_user where display_name = ?", council.name()));
        assertEquals(1, count("select count(*) from privacy_log where deployment_ref = ? and action = 'ERASURE' "
                + "and requested_by = ?", council.deployment(), ConsoleUser.FIRST));
        var log = admin.get("/admin/console/audit").body();
        assertTrue(log.contains("Erased one person&#39;s data") || log.contains("Erased one person's data"));
        assertFalse(log.contains(council.name()));
        assertFalse(log.contains(council.subject()));
    }

    @Test
    void aSearchWithNothingOrTooMuchIsAFormError() {
        var admin = ConsoleUser.first();
        admin.get("/admin/console/people");
        var nothing = admin.post("/admin/console/people/search", Map.of("subject", " ", "email", ""));
        assertEquals(400, nothing.statusCode());
        assertTrue(nothing.body().contains("govuk-error-summary"));
        var tooLong = admin.post("/admin/console/people/search", Map.of("subject", "s".repeat(256), "email", ""));
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.body().contains("User id must be 255 characters or fewer"));
        var longEmail = admin.post("/admin/console/people/search", Map.of("subject", "",
                "email", "e".repeat(250) + "@x.uk"));
        assertEquals(400, longEmail.statusCode());
        assertTrue(longEmail.body().contains("Email address must be 254 characters or fewer"));
    }

    @Test
    void erasingSomeoneWhoDoesNotExistAnswers404() {
        var admin = ConsoleUser.first();
        assertEquals(404, admin.get("/admin/console/people/" + Long.MAX_VALUE + "/erase").statusCode());
    }

    // ---- overview ----

    @Test
    void theOverviewCountsWhatWaits() {
        ConsoleFixture.pending("overview");
        var page = ConsoleUser.first().get("/admin/console");
        assertEquals(200, page.statusCode());
        assertTrue(Integer.parseInt(LaunchClient.text(page.body(), "pending-registrations").orElseThrow()) >= 1);
    }
}
