package org.digitalpractice.privacy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.digitalpractice.insight.InsightData;
import org.digitalpractice.testing.TestLaunch;
import org.digitalpractice.testing.ToolUnderTest;
import org.digitalpractice.testing.WithTestPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import static org.digitalpractice.insight.InsightData.addMember;
import static org.digitalpractice.insight.InsightData.addPerson;
import static org.digitalpractice.insight.InsightData.addProgress;
import static org.digitalpractice.insight.InsightData.addSubmittedAttempt;
import static org.digitalpractice.insight.InsightData.nextId;
import static org.digitalpractice.insight.InsightData.one;
import static org.digitalpractice.insight.InsightData.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Subject access and erasure through the administration API and a learner's CPD record. People are seeded with
 * everything the tool can hold about a learner (as {@code RetentionIT} does), each test with its own course, and
 * always beside a second person whose data must never appear in the first one's export.
 */
class SubjectAccessIT extends WithTestPlatform {

    static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Instant NOW = Instant.now();
    static final String ADMIN = "Bearer it-admin-token";

    static Timestamp daysAgo(long days) {
        return Timestamp.from(NOW.minus(Duration.ofDays(days)));
    }

    static HttpResponse<String> admin(String method, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(ToolUnderTest.toolUrl(path))).header("Authorization", ADMIN)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    static JsonObject erase(long person) throws Exception {
        var response = admin("POST", "/admin/people/" + person + "/erase");
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        var files = new LinkedHashMap<String, String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    static Map<String, String> download(HttpRequest.Builder request) throws Exception {
        var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("application/zip", response.headers().firstValue("Content-Type").orElseThrow());
        var disposition = response.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.startsWith("attachment; filename=\"") && disposition.endsWith(".zip\""), disposition);
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
        return unzip(response.body());
    }

    static Map<String, String> adminExport(long person) throws Exception {
        return download(HttpRequest.newBuilder(URI.create(ToolUnderTest.toolUrl("/admin/people/" + person + "/export")))
                .header("Authorization", ADMIN).GET());
    }

    static String everything(Map<String, String> files) {
        return String.join("\n", files.values());
    }

    static long count(String sql, Object... parameters) {
        return one("select count(*) " + sql, parameters);
    }

    static String text(String sql, Object... parameters) {
        try (var connection = ToolUnderTest.connect(); var query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (var rows = query.executeQuery()) {
                assertTrue(rows.next(), "a row for " + sql);
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A course of the test platform's council with one link. */
    record Course(String context, long id, long deployment, long placement) {
    }

    /** Someone with everything a learner can leave in the tool, each piece marked with their name. */
    record Learner(String name, String subject, String email, long id, long progress) {

        /** Launches them through a fresh course, which makes the course and their record, then seeds the rest. */
        static Learner launched(String name, String tag) {
            var context = "sar-" + tag + "-" + InsightData.run();
            var subject = context + "-" + name.toLowerCase().replace(' ', '.');
            var email = name.replace(' ', '.') + "." + context + "@Council.example";
            var launch = TestLaunch.as(platform, subject, c -> c
                    .claim("name", name)
                    .claim("email", email)
                    .claim(LTI + "roles", List.of(LEARNER))
                    .claim(LTI + "context", Map.of("id", context, "title", "Course " + context))
                    .claim(LTI + "resource_link", Map.of("id", "link", "title", "Link")));
            long course = InsightData.course(context);
            var place = new Course(context, course, InsightData.deploymentOf(course), InsightData.placement(course, "link"));
            var learner = seed(place, name, subject, email, InsightData.person(subject, place.deployment()));
            LAUNCHES.put(subject, launch);
            COURSES.put(subject, place);
            return learner;
        }

        /** Someone in the same course who never launched: only the database knows them. */
        static Learner beside(Learner launched, String name) {
            var place = COURSES.get(launched.subject());
            var subject = place.context() + "-" + name.toLowerCase().replace(' ', '.');
            long id = addPerson(place.deployment(), subject, name);
            COURSES.put(subject, place);
            return seed(place, name, subject, subject + "@council.example", id);
        }

        static Learner seed(Course course, String name, String subject, String email, long person) {
            addMember(course.id(), subject, name, LEARNER, null);
            addProgress(course.deployment(), person, InsightData.module("online-harm-children"), NOW.minusSeconds(7200),
                    NOW.minusSeconds(3600), NOW.minusSeconds(3600), 80);
            long progress = one("select id from module_progress where user_ref = ?", person);
            update("update module_progress set reflection = ?, scenario_trail = ? where id = ?",
                    "Reflection of " + name + ": I thought of one child", "trail-of-" + subject + ":1", progress);
            update("insert into check_attempt (id, progress_ref, attempt_number, submitted_at, score, passed, answers) "
                    + "values (?, ?, 1, ?, 80, true, ?)", nextId(), progress, daysAgo(0), "q-" + subject + "=0,2");
            addSubmittedAttempt(course.deployment(), person, NOW.minusSeconds(600), new String[]{"A1", "A2"}, "2",
                    "channels", "email,phone", "Free text of " + name);
            long attempt = one("select id from assessment_attempt where user_ref = ?", person);
            update("insert into assessment_scenario_answer (id, attempt_ref, scenario_id, option_index) "
                    + "values (?, ?, ?, 2)", nextId(), attempt, "sc-" + Long.toString(person % 100000, 36));
            score(course, person, subject, "PENDING", null);
            score(course, person, subject, "SENT", daysAgo(1));
            long snapshot = nextId();
            update("insert into roster_snapshot (id, course_ref, fetched_at, members, joined, departed, changed, pages) "
                    + "values (?, ?, ?, 2, 1, 0, 0, 1)", snapshot, course.id(), daysAgo(1));
            update("insert into roster_change (snapshot_ref, user_id, kind, detail) values (?, ?, 'JOINED', ?)",
                    snapshot, subject, "joined as " + name);
            update("insert into audit_entry (id, deployment_ref, happened_at, person, action, slug, detail) "
                    + "values (?, ?, ?, ?, 'PUBLISH', 'local-policy', ?)", nextId(), course.deployment(), daysAgo(2),
                    name, "Module change by " + name);
            long module = nextId();
            update("insert into training_module (id, owner, slug, status, current_version_ref, updated_at, updated_by) "
                    + "values (?, ?, ?, 'PUBLISHED', null, ?, 'Another Trainer')", module,
                    "deployment:" + course.deployment(), "published-by-" + module, daysAgo(3));
            update("insert into publication (id, module_ref, number, version_ref, published_at, published_by, "
                    + "restored_from) values (?, ?, 1, (select min(id) from module_version), ?, ?, null)", nextId(),
                    module, daysAgo(3), name);
            return new Learner(name, subject, email, person, progress);
        }

        /** Never sent (no platform is behind it, and it is due in a hundred years): the outbox keeps it pending. */
        static void score(Course course, long person, String subject, String status, Timestamp sentAt) {
            update("insert into score_outbox (id, deployment_ref, user_ref, placement_ref, source, source_key, source_ref, "
                            + "label, user_id, score_given, score_maximum, activity_progress, grading_progress, "
                            + "score_timestamp, status, attempts, next_attempt_at, created_at, sent_at) values (?, ?, ?, ?, "
                            + "'module', ?, 0, 'SubjectAccess', ?, 1, 1, 'Completed', 'FullyGraded', ?, ?, 0, ?, ?, ?)",
                    nextId(), course.deployment(), person, course.placement(), "sar-" + status, subject, daysAgo(1),
                    status, Timestamp.from(NOW.plus(Duration.ofDays(36500))), daysAgo(1), sentAt);
        }

        TestLaunch launch() {
            return LAUNCHES.get(subject);
        }

        Course course() {
            return COURSES.get(subject);
        }

        /** What only this person's rows hold: none of it may appear in anyone else's export. */
        List<String> marks() {
            return List.of(name, subject, "Reflection of " + name, "Free text of " + name, "q-" + subject,
                    "trail-of-" + subject);
        }
    }

    static final Map<String, TestLaunch> LAUNCHES = new java.util.concurrent.ConcurrentHashMap<>();
    static final Map<String, Course> COURSES = new java.util.concurrent.ConcurrentHashMap<>();

    @AfterEach
    void leaveNoScoreToSend() {
        update("delete from score_outbox where label = 'SubjectAccess' and status = 'PENDING'");
    }

    /**
     * The council modules seeded only to hold a publication have no content: the catalogue pages of the other test
     * classes, on the same shared server, must never meet them.
     */
    @AfterEach
    void leaveNoEmptyModule() {
        update("delete from publication where module_ref in (select id from training_module where slug like "
                + "'published-by-%')");
        update("delete from training_module where slug like 'published-by-%'");
    }

    @Test
    void findsALearnerByTheirPlatformIdAndByTheirEmailInAnyCase() throws Exception {
        var lou = Learner.launched("Lou Learner", "find");

        var bySubject = json(admin("GET", "/admin/people?subject=" + TestLaunch.encode(lou.subject())))
                .getJsonArray("people");
        var byEmail = json(admin("GET", "/admin/people?email=" + TestLaunch.encode(lou.email().toUpperCase())))
                .getJsonArray("people");
        var inTheirCouncil = json(admin("GET", "/admin/people?subject=" + TestLaunch.encode(lou.subject())
                + "&deployment=" + lou.course().deployment())).getJsonArray("people");

        assertEquals(1, bySubject.size(), bySubject.toString());
        var found = bySubject.getJsonObject(0);
        assertEquals(lou.id(), found.getJsonNumber("id").longValue());
        assertEquals(lou.course().deployment(), found.getJsonNumber("deployment").longValue());
        assertFalse(found.getString("council").isBlank());
        assertEquals("Lou Learner", found.getString("name"));
        assertEquals(lou.email(), found.getString("email"));
        assertTrue(Instant.parse(found.getString("lastSeen")).isAfter(NOW.minusSeconds(600)), found.toString());
        assertEquals(List.of("subject"), found.getJsonArray("matchedBy").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(1, byEmail.size(), byEmail.toString());
        assertEquals(lou.id(), byEmail.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(found, inTheirCouncil.getJsonObject(0));
    }

    @Test
    void theExportHoldsTheirProgressReflectionAndAnswersAndNothingOfAnotherPerson() throws Exception {
        var lou = Learner.launched("Lou Export", "export");
        var max = Learner.beside(lou, "Max Other");

        var files = adminExport(lou.id());

        assertTrue(files.keySet().containsAll(List.of("README.txt", "person.json", "person.csv", "sessions.json",
                "roster_memberships.csv", "roster_changes.json", "module_progress.json", "check_attempts.json",
                "self_assessments.json", "self_assessment_ratings.csv", "self_assessment_scenario_answers.json",
                "self_assessment_practice_answers.json", "gradebook_scores.json", "module_changes_recorded.json")),
                files.keySet().toString());
        var progress = Json.createReader(new StringReader(files.get("module_progress.json"))).readArray().getJsonObject(0);
        assertEquals("Reflection of Lou Export: I thought of one child", progress.getString("reflection"));
        assertEquals("trail-of-" + lou.subject() + ":1", progress.getString("scenario_trail"));
        assertEquals(80, progress.getInt("completion_score"));
        assertEquals("online-harm-children", progress.getString("module"));
        assertTrue(files.get("check_attempts.json").contains("q-" + lou.subject() + "=0,2"));
        assertTrue(files.get("self_assessment_practice_answers.json").contains("Free text of Lou Export"));
        assertTrue(files.get("self_assessment_ratings.csv").contains("A2,2"), files.get("self_assessment_ratings.csv"));
        assertTrue(files.get("gradebook_scores.json").contains("\"PENDING\""), files.get("gradebook_scores.json"));
        assertTrue(files.get("roster_changes.json").contains("joined as Lou Export"));
        assertTrue(files.get("versions_published.json").contains("Lou Export")
                && files.get("versions_published.json").contains("published-by-"), files.get("versions_published.json"));
        assertTrue(files.get("module_changes_recorded.json").contains("Module change by Lou Export"),
                "found by name for an administrator");
        assertTrue(files.get("person.csv").contains(lou.email()));
        assertTrue(files.get("sessions.json").contains("LEARNER"), files.get("sessions.json"));
        assertTrue(files.get("README.txt").contains("module_progress.json and module_progress.csv"));
        var all = everything(files);
        for (var mark : max.marks()) {
            assertFalse(all.contains(mark), "Max's '" + mark + "' is not in Lou's export");
        }
        var sessionHash = text("select id from launch_session where user_ref = ?", lou.id());
        assertFalse(all.contains(sessionHash), "no session hash");
    }

    @Test
    void aLearnersOwnDownloadHoldsOnlyTheirOwnData() throws Exception {
        var lou = Learner.launched("Lou Own", "own");
        var max = Learner.beside(lou, "Max Beside");

        var page = lou.launch().get("/learn/record");
        var files = download(HttpRequest.newBuilder(URI.create(lou.launch().url("/learn/record/my-data?id=" + max.id())))
                .GET());

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Download all the data Digital Practice holds about you"), page.body());
        assertTrue(page.body().contains("/learn/record/my-data?s="), "a plain link carrying the session");
        assertTrue(files.get("module_progress.json").contains("Reflection of Lou Own"));
        assertTrue(files.get("self_assessment_practice_answers.json").contains("Free text of Lou Own"));
        assertTrue(files.get("person.json").contains(lou.subject()));
        assertFalse(files.containsKey("module_changes_recorded.json"), "nothing found only by a name");
        var all = everything(files);
        for (var mark : max.marks()) {
            assertFalse(all.contains(mark), "Max's '" + mark + "' is not in Lou's own download");
        }
    }

    @Test
    void onlyALearnerDownloadsTheirOwnData() {
        var subject = "sar-lead-" + InsightData.run();
        var lead = TestLaunch.as(platform, subject, c -> c.claim(LTI + "roles",
                List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Administrator")));

        assertEquals(403, lead.get("/learn/record/my-data").statusCode());
    }

    @Test
    void erasureLeavesNoNameEmailPlatformIdOrFreeTextAndTheTotalsStillCount() throws Exception {
        var eve = Learner.launched("Eve Erased", "erase");
        var max = Learner.beside(eve, "Max Kept");
        long council = eve.course().deployment();
        long completions = count("from module_progress where deployment_ref = ? and completed_at is not null", council);
        long ratings = count("from assessment_rating r join assessment_attempt a on a.id = r.attempt_ref "
                + "where a.deployment_ref = ? and a.status = 'SUBMITTED'", council);
        long ticks = count("from assessment_practice_answer p join assessment_attempt a on a.id = p.attempt_ref "
                + "where a.deployment_ref = ? and a.status = 'SUBMITTED'", council);
        long logged = count("from privacy_log where action = 'ERASURE' and deployment_ref = ? "
                + "and requested_by = 'administration API'", council);

        var report = erase(eve.id());

        assertTrue(report.getBoolean("erased"), report.toString());
        var removed = report.getJsonObject("removed");
        assertEquals(1, removed.getInt("reflections"), report.toString());
        assertEquals(1, removed.getInt("checkAttempts"));
        assertEquals(1, removed.getInt("selfAssessmentFreeText"));
        assertEquals(1, removed.getInt("selfAssessmentScenarioAnswers"));
        assertEquals(1, removed.getInt("rosterMemberships"), "an active membership too");
        assertEquals(1, removed.getInt("rosterChanges"));
        assertEquals(1, removed.getInt("unsentScores"));
        assertEquals(1, removed.getInt("otherScores"));
        assertTrue(removed.getInt("sessions") >= 1);
        assertEquals(1, report.getJsonObject("namesRemoved").getInt("moduleChanges"));
        assertEquals(1, report.getJsonObject("keptDeIdentified").getInt("moduleProgress"));

        assertTrue(text("select subject from app_user where id = ?", eve.id()).startsWith("erased:"));
        assertNull(text("select display_name from app_user where id = ?", eve.id()));
        assertNull(text("select email from app_user where id = ?", eve.id()));
        assertNull(text("select reflection from module_progress where id = ?", eve.progress()));
        assertEquals("", text("select scenario_trail from module_progress where id = ?", eve.progress()));
        assertEquals(0, count("from check_attempt where progress_ref = ?", eve.progress()));
        assertNull(text("select p.other_text from assessment_practice_answer p join assessment_attempt a "
                + "on a.id = p.attempt_ref where a.user_ref = ?", eve.id()));
        assertEquals(0, count("from assessment_scenario_answer s join assessment_attempt a on a.id = s.attempt_ref "
                + "where a.user_ref = ?", eve.id()));
        assertEquals(0, count("from roster_member where user_id = ?", eve.subject()));
        assertEquals(0, count("from roster_change where user_id = ?", eve.subject()));
        assertEquals(0, count("from score_outbox where user_ref = ?", eve.id()));
        assertEquals(0, count("from launch_session where user_ref = ?", eve.id()));
        assertEquals(0, count("from audit_entry where person = ?", eve.name()));
        assertEquals(0, json(admin("GET", "/admin/people?subject=" + TestLaunch.encode(eve.subject())
                + "&email=" + TestLaunch.encode(eve.email()))).getJsonArray("people").size());
        assertEquals(401, eve.launch().get("/learn/record").statusCode(), "their session ended");

        assertEquals(completions, count("from module_progress where deployment_ref = ? and completed_at is not null",
                council), "completions still count");
        assertEquals(ratings, count("from assessment_rating r join assessment_attempt a on a.id = r.attempt_ref "
                + "where a.deployment_ref = ? and a.status = 'SUBMITTED'", council), "ratings still count");
        assertEquals(ticks, count("from assessment_practice_answer p join assessment_attempt a on a.id = p.attempt_ref "
                + "where a.deployment_ref = ? and a.status = 'SUBMITTED'", council), "ticked options still count");
        assertEquals("80", text("select completion_score from module_progress where id = ?", eve.progress()));

        assertEquals("Reflection of Max Kept: I thought of one child",
                text("select reflection from module_progress where id = ?", max.progress()), "nobody else's data");
        assertEquals(1, count("from score_outbox where user_ref = ? and status = 'PENDING'", max.id()));
        assertEquals(logged + 1, count("from privacy_log where action = 'ERASURE' and deployment_ref = ? "
                + "and requested_by = 'administration API'", council), "the erasure is logged, without whom");
    }

    @Test
    void theOutboxForgetsAScoreStillToSend() throws Exception {
        var pat = Learner.launched("Pat Pending", "pending");
        long pending = one("select id from score_outbox where user_ref = ? and status = 'PENDING'", pat.id());

        var removed = erase(pat.id()).getJsonObject("removed");

        assertEquals(1, removed.getInt("unsentScores"), removed.toString());
        assertEquals(0, count("from score_outbox where id = ?", pending), "not waited for, as retention would");
    }

    @Test
    void erasingSomeoneAlreadyErasedSucceedsSayingNothingWasLeft() throws Exception {
        var ann = Learner.launched("Ann Again", "again");
        erase(ann.id());
        long logged = count("from privacy_log where action = 'ERASURE'");

        var again = erase(ann.id());

        assertFalse(again.getBoolean("erased"), again.toString());
        assertTrue(again.getBoolean("alreadyErased"));
        assertTrue(again.getString("message").contains("nothing was left"), again.toString());
        assertEquals(logged, count("from privacy_log where action = 'ERASURE'"), "nothing done, nothing logged");
    }

    @Test
    void theLogSaysWhenAndWhereButNotWhom() throws Exception {
        var lee = Learner.launched("Lee Logged", "log");
        adminExport(lee.id());
        erase(lee.id());

        var log = admin("GET", "/admin/people/log");

        assertEquals(200, log.statusCode(), log.body());
        var newest = json(log).getJsonArray("log");
        assertEquals("ERASURE", newest.getJsonObject(0).getString("action"));
        assertEquals("SUBJECT_ACCESS", newest.getJsonObject(1).getString("action"));
        assertEquals("administration API", newest.getJsonObject(0).getString("requestedBy"));
        assertEquals(lee.course().deployment(), newest.getJsonObject(0).getJsonNumber("deployment").longValue());
        for (var mark : List.of(lee.name(), lee.subject(), lee.email())) {
            assertFalse(log.body().contains(mark), "the log does not say '" + mark + "'");
        }
    }

    @Test
    void anUnknownPersonIsNotFound() throws Exception {
        for (var request : List.of(new String[]{"GET", "/admin/people/999999999999999/export"},
                new String[]{"POST", "/admin/people/999999999999999/erase"},
                new String[]{"GET", "/admin/people/not-a-number/export"})) {
            var response = admin(request[0], request[1]);

            assertEquals(404, response.statusCode(), request[1]);
            assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
            assertTrue(json(response).getString("error").startsWith("There is no person with id"), response.body());
        }
    }

    @Test
    void aSearchWithoutSubjectOrEmailOrWithValuesTooLongIsRefused() throws Exception {
        var tooLongEmail = "e".repeat(243) + "@council.org";
        for (var query : List.of("", "?subject=&email=%20", "?subject=" + "s".repeat(256), "?email=" + tooLongEmail,
                "?subject=x&deployment=northmoor")) {
            var response = admin("GET", "/admin/people" + query);

            assertEquals(400, response.statusCode(), query);
            assertFalse(json(response).getString("error").isBlank());
        }
    }

    @Test
    void aSearchInAnUnknownCouncilSaysSo() throws Exception {
        var response = admin("GET", "/admin/people?subject=x&deployment=999999999999999");

        assertEquals(404, response.statusCode());
        assertTrue(json(response).getString("error").contains("no council"), response.body());
    }

    @Test
    void everyCallNeedsTheAdministrationToken() throws Exception {
        for (var path : List.of("/admin/people?subject=x", "/admin/people/1/export", "/admin/people/log")) {
            var response = HTTP.send(HttpRequest.newBuilder(URI.create(ToolUnderTest.toolUrl(path))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, response.statusCode(), path);
        }
        var erase = HTTP.send(HttpRequest.newBuilder(URI.create(ToolUnderTest.toolUrl("/admin/people/1/erase")))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, erase.statusCode());
    }
}
