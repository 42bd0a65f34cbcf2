package org.digitalpractice.privacy;

import org.digitalpractice.insight.InsightData;
import org.digitalpractice.testing.ConsoleUser;
import org.digitalpractice.testing.LaunchClient;
import org.digitalpractice.testing.TestLaunch;
import org.digitalpractice.testing.ToolUnderTest;
import org.digitalpractice.testing.WithTestPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.digitalpractice.insight.InsightData.addMember;
import static org.digitalpractice.insight.InsightData.nextId;
import static org.digitalpractice.insight.InsightData.update;
import static org.digitalpractice.privacy.SubjectAccessIT.ADMIN;
import static org.digitalpractice.privacy.SubjectAccessIT.HTTP;
import static org.digitalpractice.privacy.SubjectAccessIT.LEARNER;
import static org.digitalpractice.privacy.SubjectAccessIT.admin;
import static org.digitalpractice.privacy.SubjectAccessIT.count;
import static org.digitalpractice.privacy.SubjectAccessIT.daysAgo;
import static org.digitalpractice.privacy.SubjectAccessIT.download;
import static org.digitalpractice.privacy.SubjectAccessIT.everything;
import static org.digitalpractice.privacy.SubjectAccessIT.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Subject access and erasure of someone a course roster lists who never opened the tool: they have no record id,
 * so the administration API and the console find them by council and platform user id. Each test has its own course
 * (made by a learner's launch), with the roster-only person beside that learner.
 */
class RosterOnlyPeopleIT extends WithTestPlatform {

    /** Someone on two rosters of one council (two courses), with a roster change about them. */
    record OnRoster(String subject, String name, long deployment, SubjectAccessIT.Learner beside) {

        static OnRoster seeded(String tag) {
            var lou = SubjectAccessIT.Learner.launched("Lou Beside", "roster-" + tag);
            var course = lou.course();
            var subject = course.context() + "-rita";
            var name = "Rita Roster " + tag;
            addMember(course.id(), subject, name, LEARNER, null);
            long other = InsightData.addCourse(course.deployment(), course.context() + "-second");
            addMember(other, subject, name, LEARNER, null);
            long snapshot = nextId();
            update("insert into roster_snapshot (id, course_ref, fetched_at, members, joined, departed, changed, pages) "
                    + "values (?, ?, ?, 2, 1, 0, 0, 1)", snapshot, course.id(), daysAgo(1));
            update("insert into roster_change (snapshot_ref, user_id, kind, detail) values (?, ?, 'JOINED', ?)",
                    snapshot, subject, "joined as " + name);
            return new OnRoster(subject, name, course.deployment(), lou);
        }

        String query() {
            return "deployment=" + deployment + "&subject=" + TestLaunch.encode(subject);
        }

        long rosterRows() {
            return count("from roster_member where user_id = ?", subject);
        }
    }

    @AfterEach
    void leaveNoScoreToSend() {
        update("delete from score_outbox where label = 'SubjectAccess' and status = 'PENDING'");
        update("delete from publication where module_ref in (select id from training_module where slug like "
                + "'published-by-%')");
        update("delete from training_module where slug like 'published-by-%'");
    }

    @Test
    void aRosterOnlyPersonIsFoundByPlatformIdAndByEmailApartFromPeopleWithARecord() throws Exception {
        var rita = OnRoster.seeded("find");

        var bySubject = json(admin("GET", "/admin/people?subject=" + TestLaunch.encode(rita.subject())));
        var byEmail = json(admin("GET", "/admin/people?email=" + TestLaunch.encode(
                rita.subject().toUpperCase() + "@COUNCIL.EXAMPLE")));

        assertEquals(0, bySubject.getJsonArray("people").size(), "no record of their own");
        var found = bySubject.getJsonArray("onRostersOnly");
        assertEquals(1, found.size(), found.toString());
        assertEquals(rita.deployment(), found.getJsonObject(0).getJsonNumber("deployment").longValue());
        assertEquals(rita.name(), found.getJsonObject(0).getString("name"));
        assertEquals(2, found.getJsonObject(0).getInt("courses"), "one entry for both courses");
        assertEquals(found, byEmail.getJsonArray("onRostersOnly"));
    }

    @Test
    void someoneWhoOpenedTheToolIsNotListedAsRosterOnly() throws Exception {
        var lou = SubjectAccessIT.Learner.launched("Lou Launched", "roster-launched");

        var found = json(admin("GET", "/admin/people?subject=" + TestLaunch.encode(lou.subject())));

        assertEquals(1, found.getJsonArray("people").size());
        assertEquals(0, found.getJsonArray("onRostersOnly").size(), "their roster rows are in their own export");
    }

    @Test
    void theExportHoldsTheirRosterRowsAndNothingOfAnotherPerson() throws Exception {
        var rita = OnRoster.seeded("export");
        long logged = count("from privacy_log where deployment_ref = ? and action = 'SUBJECT_ACCESS'",
                rita.deployment());

        var files = download(HttpRequest.newBuilder(URI.create(ToolUnderTest.toolUrl(
                "/admin/people/on-rosters/export?" + rita.query()))).header("Authorization", ADMIN).GET());

        assertTrue(files.get("roster_memberships.csv").contains(rita.name()), files.keySet().toString());
        assertEquals(3, files.get("roster_memberships.csv").strip().lines().count(), "a header and two courses");
        assertTrue(files.get("roster_changes.csv").contains("joined as " + rita.name()));
        assertFalse(files.containsKey("module_progress.csv"), "nothing else is held about them");
        assertTrue(files.get("README.txt").contains("never opened Digital Practice"));
        for (var mark : rita.beside().marks()) {
            assertFalse(everything(files).contains(mark), "the export holds nothing of the learner beside them: " + mark);
        }
        assertEquals(logged + 1, count("from privacy_log where deployment_ref = ? and action = 'SUBJECT_ACCESS'",
                rita.deployment()), "one entry, in their council");
    }

    @Test
    void erasureTakesThemOffEveryRosterOfTheirCouncilAndSaysThePlatformMayListThemAgain() throws Exception {
        var rita = OnRoster.seeded("erase");
        long besideRows = count("from roster_member where user_id = ?", rita.beside().subject());
        long logged = count("from privacy_log where deployment_ref = ? and action = 'ERASURE'", rita.deployment());

        var response = admin("POST", "/admin/people/on-rosters/erase?" + rita.query());

        assertEquals(200, response.statusCode(), response.body());
        var report = json(response);
        assertEquals(2, report.getJsonObject("removed").getInt("rosterMemberships"));
        assertEquals(1, report.getJsonObject("removed").getInt("rosterChanges"));
        assertTrue(report.getString("message").contains("next roster fetch lists them again"));
        assertEquals(0, rita.rosterRows());
        assertEquals(0, count("from roster_change where user_id = ?", rita.subject()));
        assertEquals(besideRows, count("from roster_member where user_id = ?", rita.beside().subject()),
                "the learner beside them keeps their roster entry");
        assertEquals(logged + 1, count("from privacy_log where deployment_ref = ? and action = 'ERASURE'",
                rita.deployment()));
        assertFalse(admin("GET", "/admin/people/log").body().contains(rita.subject()), "the log never says whom");
    }

    @Test
    void exportAndErasureWithoutCouncilAndUserIdAreRefused() throws Exception {
        for (var query : List.of("", "?subject=x", "?deployment=1", "?deployment=&subject=x")) {
            for (var request : List.of(new String[]{"GET", "/admin/people/on-rosters/export"},
                    new String[]{"POST", "/admin/people/on-rosters/erase"})) {
                var response = admin(request[0], request[1] + query);

                assertEquals(400, response.statusCode(), request[1] + query);
                assertTrue(json(response).getString("error").contains("?deployment="), response.body());
            }
        }
        assertEquals(400, admin("GET", "/admin/people/on-rosters/export?deployment=northmoor&subject=x").statusCode());
    }

    @Test
    void someoneNoRosterListsOrWhoHasARecordIsNotFoundThere() throws Exception {
        var lou = SubjectAccessIT.Learner.launched("Lou Has Record", "roster-404");
        for (var subject : List.of("nobody-" + nextId(), lou.subject())) {
            var query = "?deployment=" + lou.course().deployment() + "&subject=" + TestLaunch.encode(subject);
            for (var request : List.of(new String[]{"GET", "/admin/people/on-rosters/export"},
                    new String[]{"POST", "/admin/people/on-rosters/erase"})) {
                var response = admin(request[0], request[1] + query);

                assertEquals(404, response.statusCode(), request[1] + " " + subject);
                assertTrue(json(response).getString("error").contains("has never opened Digital Practice"));
            }
        }
        assertEquals(1, count("from roster_member where user_id = ?", lou.subject()), "nothing erased");
    }

    @Test
    void everyRosterOnlyCallNeedsTheAdministrationToken() throws Exception {
        var export = HTTP.send(HttpRequest.newBuilder(URI.create(ToolUnderTest.toolUrl(
                "/admin/people/on-rosters/export?deployment=1&subject=x"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        var erase = HTTP.send(HttpRequest.newBuilder(URI.create(ToolUnderTest.toolUrl(
                "/admin/people/on-rosters/erase?deployment=1&subject=x"))).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(401, export.statusCode());
        assertEquals(401, erase.statusCode());
    }

    // ---- the console ----

    @Test
    void theConsoleListsThemDownloadsTheirDataAndErasesThemAfterAConfirmation() throws Exception {
        var rita = OnRoster.seeded("console");
        var admin = ConsoleUser.first();
        admin.get("/admin/console/people");
        long exported = count("from privacy_log where deployment_ref = ? and action = 'SUBJECT_ACCESS' "
                + "and requested_by = ?", rita.deployment(), ConsoleUser.FIRST);
        long erasedBefore = count("from privacy_log where deployment_ref = ? and action = 'ERASURE' "
                + "and requested_by = ?", rita.deployment(), ConsoleUser.FIRST);

        var found = admin.post("/admin/console/people/search", Map.of("subject", rita.subject(), "email", ""));
        assertEquals(200, found.statusCode());
        assertTrue(found.body().contains("1 on course rosters only"), "listed apart from people with a record");
        assertTrue(found.body().contains(rita.name()));
        var form = Map.of("deployment", Long.toString(rita.deployment()), "subject", rita.subject());

        var export = admin.client().post(ToolUnderTest.toolUrl("/admin/console/people/on-rosters/export"),
                withCsrf(found, form));
        assertEquals(200, export.statusCode());
        assertEquals("application/zip", export.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(exported + 1, count("from privacy_log where deployment_ref = ? and action = 'SUBJECT_ACCESS' "
                + "and requested_by = ?", rita.deployment(), ConsoleUser.FIRST));

        var confirm = admin.post("/admin/console/people/on-rosters/confirm-erasure", form);
        assertEquals(200, confirm.statusCode());
        assertTrue(confirm.body().contains("Erase this roster member"));
        assertEquals(2, rita.rosterRows(), "nothing is erased before it is confirmed");

        var erased = admin.post("/admin/console/people/on-rosters/erase", form);
        assertEquals(200, erased.statusCode());
        assertTrue(erased.body().contains("Removed 2 roster entries"), erased.body());
        assertEquals(0, rita.rosterRows());
        assertEquals(erasedBefore + 1, count("from privacy_log where deployment_ref = ? and action = 'ERASURE' "
                + "and requested_by = ?", rita.deployment(), ConsoleUser.FIRST));
    }

    @Test
    void theConsoleRefusesAnErasureWithoutItsCsrfTokenOrOfSomeoneNoRosterLists() {
        var rita = OnRoster.seeded("console-refused");
        var admin = ConsoleUser.first();
        var form = Map.of("deployment", Long.toString(rita.deployment()), "subject", rita.subject());

        var forged = admin.postAsIs("/admin/console/people/on-rosters/erase", form);
        var unknown = admin.post("/admin/console/people/on-rosters/confirm-erasure",
                Map.of("deployment", Long.toString(rita.deployment()), "subject", "nobody-" + nextId()));

        assertEquals(403, forged.statusCode());
        assertEquals(404, unknown.statusCode());
        assertEquals(2, rita.rosterRows(), "nothing erased");
    }

    private static Map<String, String> withCsrf(HttpResponse<String> page, Map<String, String> form) {
        var fields = new java.util.LinkedHashMap<>(form);
        fields.put("csrf", LaunchClient.field(page.body(), "csrf").orElseThrow());
        return fields;
    }
}
