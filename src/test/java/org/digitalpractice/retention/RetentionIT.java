package org.digitalpractice.retention;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.digitalpractice.insight.InsightData;
import org.digitalpractice.testing.TestLaunch;
import org.digitalpractice.testing.ToolUnderTest;
import org.digitalpractice.testing.WithTestPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
 * The retention job through the administration API, with its default periods (30 days for delivered scores, 365
 * for people who left), against rows put straight into the database with the ages each rule needs. The hourly
 * schedule is off in the tests (DP_RETENTION_SCHEDULED=false); each test that needs a run first clears the last
 * run's time, as if an hour had passed.
 */
class RetentionIT extends WithTestPlatform {

    static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Instant NOW = Instant.now();

    static Instant daysAgo(long days) {
        return NOW.minus(Duration.ofDays(days));
    }

    static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }

    static JsonObject run() throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(ToolUnderTest.toolUrl("/admin/retention/run")))
                .header("Authorization", "Bearer it-admin-token")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    static JsonObject runAnHourLater() throws Exception {
        update("update cluster_lock set last_run = null where name = 'retention'");
        var report = run();
        assertTrue(report.getBoolean("ran"), report.toString());
        return report;
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

    static long count(String sql, Object... parameters) {
        return one("select count(*) " + sql, parameters);
    }

    static List<String> strings(String sql, Object... parameters) {
        try (var connection = ToolUnderTest.connect(); var query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            var values = new java.util.ArrayList<String>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A course of the test platform's council with one link, made by a learner's launch through it. */
    record Course(String context, long id, long deployment, long placement, long launcher) {

        static Course fresh(String name) {
            var context = "retention-" + name + "-" + InsightData.run();
            var subject = context + "-launcher";
            TestLaunch.as(platform, subject, c -> c
                    .claim("name", "Lee Launcher")
                    .claim(LTI + "roles", List.of(LEARNER))
                    .claim(LTI + "context", Map.of("id", context, "title", "Course " + context))
                    .claim(LTI + "resource_link", Map.of("id", "link", "title", "Link")));
            long course = InsightData.course(context);
            long deployment = InsightData.deploymentOf(course);
            return new Course(context, course, deployment, InsightData.placement(course, "link"),
                    InsightData.person(subject, deployment));
        }

        /** Someone who opened the tool, last on {@code lastSeen}, on this course's roster until {@code leftAt}. */
        long member(String name, Instant lastSeen, Instant leftAt) {
            long person = addPerson(deployment, context + "-" + name, name);
            update("update app_user set last_seen = ? where id = ?", at(lastSeen), person);
            addMember(id, context + "-" + name, name, LEARNER, leftAt);
            return person;
        }

        long score(long person, String stream, String status, Instant timestamp, Instant createdAt, Instant sentAt) {
            long id = nextId();
            update("insert into score_outbox (id, deployment_ref, user_ref, placement_ref, source, source_key, source_ref, "
                            + "label, user_id, score_given, score_maximum, activity_progress, grading_progress, "
                            + "score_timestamp, status, attempts, next_attempt_at, created_at, sent_at) values (?, ?, ?, ?, "
                            + "'module', ?, 0, 'Retention', ?, 1, 1, 'Completed', 'FullyGraded', ?, ?, 1, ?, ?, ?)",
                    id, deployment, person, placement, stream, text("select subject from app_user where id = ?", person),
                    at(timestamp), status, at(NOW.plus(Duration.ofDays(36500))), at(createdAt),
                    sentAt == null ? null : at(sentAt));
            return id;
        }
    }

    /** Its pending scores can never be sent (no platform is behind them): other tests wait for an idle outbox. */
    @AfterEach
    void leaveNoScoreToSend() {
        update("delete from score_outbox where label = 'Retention' and status = 'PENDING'");
    }

    @Test
    void registrationLinksUsedOrExpiredAMonthAgoGoAndOthersStay() throws Exception {
        var tag = InsightData.run();
        var link = "insert into registration_link (token_hash, created_at, expires_at, used_at) values (?, ?, ?, ?)";
        update(link, "it-used-long-ago-" + tag, at(daysAgo(41)), at(daysAgo(40)), at(daysAgo(40)));
        update(link, "it-expired-long-ago-" + tag, at(daysAgo(41)), at(daysAgo(40)), null);
        update(link, "it-used-lately-" + tag, at(daysAgo(3)), at(daysAgo(2)), at(daysAgo(2)));
        update(link, "it-expired-lately-" + tag, at(daysAgo(3)), at(daysAgo(2)), null);
        update(link, "it-unused-" + tag, at(NOW), at(NOW.plus(Duration.ofHours(1))), null);

        var report = runAnHourLater();

        assertTrue(report.getJsonObject("removed").getInt("registrationLinks") >= 2, report.toString());
        assertEquals(0, count("from registration_link where token_hash in (?, ?)", "it-used-long-ago-" + tag,
                "it-expired-long-ago-" + tag));
        assertEquals(3, count("from registration_link where token_hash in (?, ?, ?)", "it-used-lately-" + tag,
                "it-expired-lately-" + tag, "it-unused-" + tag));
    }

    @Test
    void auditAndPrivacyLogEntriesOlderThanSixYearsGoAndNewerOnesStay() throws Exception {
        var tag = "it-log-" + InsightData.run();
        long council = Course.fresh("logs").deployment();
        var audit = "insert into audit_log (id, happened_at, actor, action) values (?, ?, ?, ?)";
        update(audit, nextId(), at(daysAgo(2191)), tag, "old");
        update(audit, nextId(), at(daysAgo(2189)), tag, "kept");
        var privacy = "insert into privacy_log (id, happened_at, action, requested_by, deployment_ref) "
                + "values (?, ?, ?, ?, ?)";
        update(privacy, nextId(), at(daysAgo(2191)), "ERASURE", tag, council);
        update(privacy, nextId(), at(daysAgo(2189)), "SUBJECT_ACCESS", tag, council);

        var report = runAnHourLater();

        assertTrue(report.getJsonObject("removed").getInt("auditEntries") >= 1, report.toString());
        assertTrue(report.getJsonObject("removed").getInt("privacyLogEntries") >= 1, report.toString());
        assertEquals(2190, report.getJsonObject("settings").getInt("logDays"));
        assertEquals(List.of("kept"), strings("select action from audit_log where actor = ?", tag));
        assertEquals(List.of("SUBJECT_ACCESS"), strings("select action from privacy_log where requested_by = ?", tag));
        update("delete from audit_log where actor = ?", tag);
        update("delete from privacy_log where requested_by = ?", tag);
    }

    @Test
    void expiredLoginStatesSessionsAndNewWindowCodesGoAndLiveOnesStay() throws Exception {
        var course = Course.fresh("expiry");
        var tag = InsightData.run();
        update("insert into used_once (value_hash, expires_at) values (?, ?)", "it-expired-" + tag,
                at(NOW.minusSeconds(60)));
        update("insert into used_once (value_hash, expires_at) values (?, ?)", "it-live-" + tag,
                at(NOW.plusSeconds(600)));
        for (var session : List.of("expired", "live")) {
            update("insert into launch_session (id, user_ref, role, message_type, target, launch_claims, created_at, "
                            + "expires_at) values (?, ?, 'LEARNER', 'LtiResourceLinkRequest', '/learn', '{}', ?, ?)",
                    "it-" + session + "-" + tag, course.launcher(), at(NOW.minusSeconds(3600)),
                    at(session.equals("expired") ? NOW.minusSeconds(60) : NOW.plusSeconds(3600)));
            update("insert into launch_handover (code_hash, session_id, expires_at) values (?, ?, ?)",
                    "it-" + session + "-" + tag, "it-live-" + tag,
                    at(session.equals("expired") ? NOW.minusSeconds(60) : NOW.plusSeconds(300)));
        }

        var removed = runAnHourLater().getJsonObject("removed");

        assertTrue(removed.getInt("loginStates") >= 1 && removed.getInt("sessions") >= 1
                && removed.getInt("handovers") >= 1, removed.toString());
        assertEquals(0, count("from used_once where value_hash = ?", "it-expired-" + tag));
        assertEquals(1, count("from used_once where value_hash = ?", "it-live-" + tag), "a live state still stops a replay");
        assertEquals(0, count("from launch_session where id = ?", "it-expired-" + tag));
        assertEquals(1, count("from launch_session where id = ?", "it-live-" + tag));
        assertEquals(0, count("from launch_handover where code_hash = ?", "it-expired-" + tag));
        assertEquals(1, count("from launch_handover where code_hash = ?", "it-live-" + tag));
    }

    @Test
    void deliveredScoresGoAfterThirtyDaysButPendingFailedAndEachStreamsNewestSentStay() throws Exception {
        var course = Course.fresh("scores");
        long learner = course.launcher();
        long oldSent = course.score(learner, "a", "SENT", daysAgo(41), daysAgo(41), daysAgo(40));
        long newestSent = course.score(learner, "a", "SENT", daysAgo(36), daysAgo(36), daysAgo(35));
        long oldSuperseded = course.score(learner, "a", "SUPERSEDED", daysAgo(39), daysAgo(39), null);
        long freshSuperseded = course.score(learner, "a", "SUPERSEDED", daysAgo(2), daysAgo(2), null);
        long oldPending = course.score(learner, "a", "PENDING", daysAgo(50), daysAgo(50), null);
        long oldFailed = course.score(learner, "a", "FAILED", daysAgo(60), daysAgo(60), null);
        long oldSentB = course.score(learner, "b", "SENT", daysAgo(45), daysAgo(45), daysAgo(44));
        long freshSentB = course.score(learner, "b", "SENT", daysAgo(1), daysAgo(1), daysAgo(1));

        var removed = runAnHourLater().getJsonObject("removed");

        assertTrue(removed.getInt("deliveredScores") >= 3, removed.toString());
        for (long gone : new long[]{oldSent, oldSuperseded, oldSentB}) {
            assertEquals(0, count("from score_outbox where id = ?", gone), "score " + gone + " was forgotten");
        }
        for (long kept : new long[]{newestSent, freshSuperseded, oldPending, oldFailed, freshSentB}) {
            assertEquals(1, count("from score_outbox where id = ?", kept), "score " + kept + " was kept");
        }
    }

    /** Someone who left both their courses over a year ago, with everything the tool can hold about a learner. */
    record Leaver(long person, String subject, long progress) {

        static Leaver on(Course course, long otherCourse) {
            long person = course.member("Lou Leaver", daysAgo(400), daysAgo(400));
            var subject = course.context() + "-Lou Leaver";
            addMember(otherCourse, subject, "Lou Leaver", LEARNER, daysAgo(380));
            addProgress(course.deployment(), person, InsightData.module("online-harm-children"), daysAgo(420),
                    daysAgo(410), daysAgo(410), 80);
            long progress = one("select id from module_progress where user_ref = ?", person);
            update("update module_progress set reflection = 'I thought of one child', scenario_trail = 's1:a,s2:b' "
                    + "where id = ?", progress);
            update("insert into check_attempt (id, progress_ref, attempt_number, submitted_at, score, passed, answers) "
                    + "values (?, ?, 1, ?, 80, true, 'q1:a')", nextId(), progress, at(daysAgo(410)));
            addSubmittedAttempt(course.deployment(), person, daysAgo(405), new String[]{"A1", "A2"}, "2",
                    "channels", "email,phone", "My manager, Sam, told me to");
            long submitted = one("select id from assessment_attempt where user_ref = ?", person);
            update("insert into assessment_scenario_answer (id, attempt_ref, scenario_id, option_index) "
                    + "values (?, ?, 's1', 2)", nextId(), submitted);
            long framework = one("select framework_ref from assessment_attempt where id = ?", submitted);
            long unsubmitted = nextId();
            update("insert into assessment_attempt (id, deployment_ref, user_ref, framework_ref, attempt_number, status, "
                    + "resume_at, started_at, updated_at) values (?, ?, ?, ?, 999, 'IN_PROGRESS', 'area-1', ?, ?)",
                    unsubmitted, course.deployment(), person, framework, at(daysAgo(402)), at(daysAgo(402)));
            update("insert into assessment_rating (id, attempt_ref, statement_code, rating) values (?, ?, 'A1', '1')",
                    nextId(), unsubmitted);
            course.score(person, "lou", "SENT", daysAgo(3), daysAgo(3), daysAgo(3));
            course.score(person, "lou-failed", "FAILED", daysAgo(409), daysAgo(409), null);
            long snapshot = nextId();
            update("insert into roster_snapshot (id, course_ref, fetched_at, members, joined, departed, changed, pages) "
                    + "values (?, ?, ?, 3, 0, 1, 0, 1)", snapshot, course.id(), at(daysAgo(400)));
            update("insert into roster_change (snapshot_ref, user_id, kind, detail) values (?, ?, 'LEFT', 'status Deleted')",
                    snapshot, subject);
            return new Leaver(person, subject, progress);
        }
    }

    @Test
    void someoneGoneFromEveryCourseForOverAYearIsDeIdentifiedAndStillCountsInTheTotals() throws Exception {
        var course = Course.fresh("leaver");
        long other = InsightData.addCourse(course.deployment(), course.context() + "-other");
        var lou = Leaver.on(course, other);
        long completedBefore = count("from module_progress where deployment_ref = ? and completed_at is not null",
                course.deployment());
        long ratingsBefore = count("from assessment_rating r join assessment_attempt a on a.id = r.attempt_ref "
                + "where a.deployment_ref = ? and a.status = 'SUBMITTED'", course.deployment());
        long ticksBefore = count("from assessment_practice_answer p join assessment_attempt a on a.id = p.attempt_ref "
                + "where a.deployment_ref = ? and a.status = 'SUBMITTED'", course.deployment());

        var leavers = runAnHourLater().getJsonObject("leavers");

        assertTrue(leavers.getInt("deIdentified") >= 1, leavers.toString());
        assertTrue(text("select subject from app_user where id = ?", lou.person()).startsWith("erased:"));
        assertNull(text("select display_name from app_user where id = ?", lou.person()));
        assertNull(text("select email from app_user where id = ?", lou.person()));
        assertEquals(0, count("from roster_member where user_id = ?", lou.subject()), "off both rosters");
        assertEquals(0, count("from roster_change where user_id = ?", lou.subject()));
        assertEquals(0, count("from score_outbox where user_ref = ?", lou.person()), "sent and failed scores too");
        assertNull(text("select reflection from module_progress where id = ?", lou.progress()));
        assertEquals("", text("select scenario_trail from module_progress where id = ?", lou.progress()));
        assertEquals(0, count("from check_attempt where progress_ref = ?", lou.progress()));
        assertEquals(0, count("from assessment_scenario_answer s join assessment_attempt a on a.id = s.attempt_ref "
                + "where a.user_ref = ?", lou.person()));
        assertEquals(0, count("from assessment_attempt where user_ref = ? and status = 'IN_PROGRESS'", lou.person()));
        assertNull(text("select p.other_text from assessment_practice_answer p join assessment_attempt a "
                + "on a.id = p.attempt_ref where a.user_ref = ?", lou.person()), "free text goes");

        assertEquals("80", text("select completion_score from module_progress where id = ?", lou.progress()));
        assertEquals(completedBefore, count("from module_progress where deployment_ref = ? and completed_at is not null",
                course.deployment()), "completions still count");
        assertEquals(ratingsBefore, count("from assessment_rating r join assessment_attempt a on a.id = r.attempt_ref "
                + "where a.deployment_ref = ? and a.status = 'SUBMITTED'", course.deployment()), "ratings still count");
        assertEquals(ticksBefore, count("from assessment_practice_answer p join assessment_attempt a "
                + "on a.id = p.attempt_ref where a.deployment_ref = ? and a.status = 'SUBMITTED'", course.deployment()),
                "ticked options still count");
        assertEquals("email,phone", text("select p.option_ids from assessment_practice_answer p join assessment_attempt a "
                + "on a.id = p.attempt_ref where a.user_ref = ?", lou.person()));
    }

    @Test
    void aLeaversTeamsGoWithTheirRosterRows() throws Exception {
        var course = Course.fresh("teams");
        var longAgo = NOW.minus(Duration.ofDays(400));
        course.member("Tam Teamed", longAgo, longAgo);
        var subject = course.context() + "-Tam Teamed";
        update("insert into course_group (course_ref, group_id, name, tag, fetched_at) values (?, 'north', 'North', "
                + "null, ?)", course.id(), at(longAgo));
        update("insert into course_group_member (course_ref, group_id, user_id) values (?, 'north', ?)", course.id(),
                subject);

        runAnHourLater();

        assertEquals(0, count("from course_group_member where user_id = ?", subject), "no team keeps them");
        assertEquals(1, count("from course_group where course_ref = ?", course.id()), "the team itself stays");
    }

    @Test
    void currentMembersRecentLeaversAndPeopleSeenSinceAreUntouched() throws Exception {
        var course = Course.fresh("stay");
        long other = InsightData.addCourse(course.deployment(), course.context() + "-other");
        long member = course.member("Mo Member", daysAgo(500), null);
        addMember(other, course.context() + "-Mo Member", "Mo Member", LEARNER, daysAgo(600));
        long recent = course.member("Rae Recent", daysAgo(400), daysAgo(100));
        long seen = course.member("Sid Seen", daysAgo(2), daysAgo(400));
        for (long person : new long[]{member, recent, seen}) {
            addProgress(course.deployment(), person, InsightData.module("online-harm-children"), daysAgo(700),
                    daysAgo(690), daysAgo(690), 70);
            update("update module_progress set reflection = 'Still mine' where user_ref = ?", person);
        }

        var leavers = runAnHourLater().getJsonObject("leavers");

        assertTrue(leavers.getInt("keptAsSeenRecently") >= 1, leavers.toString());
        for (var name : List.of("Mo Member", "Rae Recent", "Sid Seen")) {
            var subject = course.context() + "-" + name;
            assertEquals(name, text("select display_name from app_user where subject = ? and deployment_ref = ?",
                    subject, course.deployment()));
            assertEquals("Still mine", text("select p.reflection from module_progress p join app_user u "
                    + "on u.id = p.user_ref where u.subject = ?", subject));
            assertTrue(count("from roster_member where user_id = ?", subject) >= 1, name + " is still on the roster");
        }
        assertEquals(2, count("from roster_member where user_id = ?", course.context() + "-Mo Member"),
                "a course left long ago stays listed while they are on another");
    }

    /**
     * Someone whose platform gives no roster never shows as a leaver: after three years without opening the tool,
     * and on no course's roster, they are de-identified too. Someone seen within the period, or on a roster, stays.
     */
    @Test
    void someoneOnNoRosterUnseenForThreeYearsIsDeIdentifiedAndOthersStay() throws Exception {
        var course = Course.fresh("unseen");
        long una = addPerson(course.deployment(), course.context() + "-una", "Una Unseen");
        update("update app_user set last_seen = ? where id = ?", at(daysAgo(1100)), una);
        addProgress(course.deployment(), una, InsightData.module("online-harm-children"), daysAgo(1200),
                daysAgo(1190), daysAgo(1190), 90);
        update("update module_progress set reflection = 'Una wrote this' where user_ref = ?", una);
        long kit = addPerson(course.deployment(), course.context() + "-kit", "Kit Kept");
        update("update app_user set last_seen = ? where id = ?", at(daysAgo(1000)), kit);
        long ron = course.member("Ron Roster", daysAgo(1100), null);

        var unseen = runAnHourLater().getJsonObject("unseenOnNoRoster");

        assertTrue(unseen.getInt("deIdentified") >= 1, unseen.toString());
        assertTrue(text("select subject from app_user where id = ?", una).startsWith("erased:"));
        assertNull(text("select display_name from app_user where id = ?", una));
        assertNull(text("select reflection from module_progress where user_ref = ?", una));
        assertEquals("90", text("select completion_score from module_progress where user_ref = ?", una),
                "the completion still counts in the totals");
        assertEquals("Kit Kept", text("select display_name from app_user where id = ?", kit), "seen within 3 years");
        assertEquals("Ron Roster", text("select display_name from app_user where id = ?", ron), "on a roster");
    }

    @Test
    void peopleOnlyEverOnARosterAreRemovedFromItAfterThePeriod() throws Exception {
        var course = Course.fresh("roster-only");
        addMember(course.id(), course.context() + "-never-launched", "Nell Never", LEARNER, daysAgo(366));

        runAnHourLater();

        assertEquals(0, count("from roster_member where user_id = ?", course.context() + "-never-launched"));
    }

    @Test
    void aLeaverWithAScoreStillToSendKeepsEverythingUntilItIsSent() throws Exception {
        var course = Course.fresh("pending");
        long person = course.member("Pat Pending", daysAgo(400), daysAgo(400));
        long pending = course.score(person, "pat", "PENDING", daysAgo(401), daysAgo(401), null);

        var leavers = runAnHourLater().getJsonObject("leavers");

        assertTrue(leavers.getInt("keptForScoreToSend") >= 1, leavers.toString());
        assertEquals("Pat Pending", text("select display_name from app_user where id = ?", person));
        assertEquals(course.context() + "-Pat Pending", text("select user_id from score_outbox where id = ?", pending));
        assertEquals(1, count("from roster_member where user_id = ?", course.context() + "-Pat Pending"));
    }

    @Test
    void aSecondRunWithinTheHourDoesNothing() throws Exception {
        var first = runAnHourLater();
        var tag = InsightData.run();
        update("insert into used_once (value_hash, expires_at) values (?, ?)", "it-second-" + tag,
                at(NOW.minusSeconds(60)));

        var second = run();

        assertFalse(second.getBoolean("ran"));
        var gap = Duration.between(Instant.parse(first.getString("at")), Instant.parse(second.getString("lastRun")));
        assertTrue(gap.abs().toMillis() < 1000, "the first run made it skip: " + second);
        assertFalse(second.containsKey("removed"));
        assertEquals(1, count("from used_once where value_hash = ?", "it-second-" + tag), "nothing was removed");
    }
}
