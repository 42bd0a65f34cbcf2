package org.digitalpractice.gradebook;

import org.digitalpractice.testing.DeployedTool;
import org.digitalpractice.catalogue.ModuleReader;
import org.digitalpractice.catalogue.TrainingModule;
import org.digitalpractice.testing.Eventually;
import org.digitalpractice.testing.TestLaunch;
import org.digitalpractice.testing.ToolUnderTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.digitalpractice.testing.TestLaunch.csrf;
import static org.digitalpractice.testing.TestLaunch.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Results reach the practice platform's gradebook over AGS, with the right fields, one line item per module,
 * one token for many scores, and nothing lost or doubled when the platform misbehaves.
 */
class GradebookIT extends DeployedTool {

    static final String SLUG = "online-harm-children";
    static final TrainingModule MODULE = new ModuleReader().read(Path.of("modules", SLUG));
    static final String BASE = "/learn/modules/" + SLUG;
    static final Duration DEADLINE = Duration.ofSeconds(60);
    /** Rows the tests queue directly get ids far above what the tool's sequence hands out. */
    static final AtomicLong IDS = new AtomicLong(2_000_000_000L + (System.nanoTime() % 1_000_000) * 1000);
    static final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void platformBehaves() throws Exception {
        control("/faults", "{\"kind\":\"none\"}");
    }

    static HttpResponse<String> control(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(ToolUnderTest.platformUrl("/practice/control" + path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static void completeModule(TestLaunch learner) {
        for (var lesson : MODULE.lessons()) {
            learner.get(BASE + "/lessons/" + lesson.number());
        }
        var scenario = MODULE.scenario();
        var step = scenario.step(scenario.start()).orElseThrow();
        while (true) {
            var page = learner.get(BASE + "/scenario");
            learner.post(BASE + "/scenario", csrf(page), Map.of("step", step.id(),
                    "choice", String.valueOf(step.choices().indexOf(step.bestChoice()))));
            if (step.bestChoice().ends()) {
                break;
            }
            step = scenario.step(step.bestChoice().next()).orElseThrow();
        }
        var check = learner.get(BASE + "/check");
        var body = new StringBuilder("csrf=" + encode(csrf(check)));
        for (var question : MODULE.check().questions()) {
            for (int i = 0; i < question.options().size(); i++) {
                if (question.options().get(i).correct()) {
                    body.append("&answer-").append(question.id()).append("=").append(i);
                }
            }
        }
        assertEquals(303, learner.postEncoded(BASE + "/check", body.toString()).statusCode());
    }

    static long count(String sql, Object... params) {
        try (var connection = ToolUnderTest.connect(); var query = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                query.setObject(i + 1, params[i]);
            }
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(String sql, Object... params) {
        try (var connection = ToolUnderTest.connect(); var query = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                query.setObject(i + 1, params[i]);
            }
            try (var rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A completion by a practice learner, delivered; returns the line item it went to. */
    static String completedAndDelivered(String person) {
        var learner = TestLaunch.fromPractice("northmoor", "northmoor-children", person);
        completeModule(learner);
        Eventually.within(DEADLINE, () -> count("select count(*) from practice_score s join practice_line_item i "
                        + "on i.id = s.line_item_id where s.user_id = ? and i.tag = ? and s.activity_progress = "
                        + "'Completed'", person, SLUG) == 1,
                () -> "the completion of " + person + " in the platform's gradebook");
        return text("select i.id from practice_line_item i where i.course_id = 'northmoor-children' and i.tag = ?", SLUG);
    }

    @Test
    void aCompletedModuleArrivesWithTheRightFields() {
        var person = "northmoor-learner-13";
        var lineItem = completedAndDelivered(person);
        try (var connection = ToolUnderTest.connect();
             var query = connection.prepareStatement("select s.score_given, s.score_maximum, s.grading_progress, "
                     + "s.score_timestamp, s.score_comment from practice_score s where s.line_item_id = ? and "
                     + "s.user_id = ? and s.activity_progress = 'Completed'");
             var completion = connection.prepareStatement("select p.completed_at from module_progress p join app_user u "
                     + "on u.id = p.user_ref where u.subject = ?")) {
            query.setString(1, lineItem);
            query.setString(2, person);
            completion.setString(1, person);
            try (var rows = query.executeQuery(); var done = completion.executeQuery()) {
                assertTrue(rows.next());
                assertTrue(done.next());
                assertEquals(1.0, rows.getDouble(1), "completion mode: 1 of 1");
                assertEquals(1.0, rows.getDouble(2));
                assertEquals("FullyGraded", rows.getString(3));
                assertEquals(done.getTimestamp(1).toInstant().toEpochMilli() / 1000,
                        rows.getTimestamp(4).toInstant().toEpochMilli() / 1000,
                        "the timestamp is when the learner finished, not when it was sent");
                assertTrue(rows.getString(5).contains(MODULE.title()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Eventually.within(DEADLINE, () -> count("select count(*) from practice_score where line_item_id = ? and "
                        + "user_id = ? and activity_progress = 'Started' and grading_progress = 'Pending'",
                lineItem, person) == 1, () -> "the Started score");
    }

    @Test
    void aSubmittedSelfAssessmentArrivesInItsOwnColumn() {
        var person = "northmoor-learner-25";
        var learner = TestLaunch.fromPractice("northmoor", "northmoor-children", person);
        org.digitalpractice.assessment.SelfAssessmentIT.takeWholeAssessment(learner, "2");
        Eventually.within(DEADLINE, () -> count("select count(*) from practice_score s join practice_line_item i "
                        + "on i.id = s.line_item_id where s.user_id = ? and i.tag = 'self-assessment' and "
                        + "s.activity_progress = 'Completed' and s.score_given = 1 and s.score_maximum = 1", person) == 1,
                () -> "the self-assessment's completion in the platform's gradebook");
    }

    @Test
    void theLineItemIsNeverCreatedTwice() {
        completedAndDelivered("northmoor-learner-14");
        completedAndDelivered("northmoor-learner-15");
        assertEquals(1, count("select count(*) from practice_line_item where course_id = 'northmoor-children' "
                + "and tag = ?", SLUG));
    }

    @Test
    void theLearnerSeesTheirResultWasSent() {
        var learner = TestLaunch.fromPractice("northmoor", "northmoor-children", "northmoor-learner-16");
        completeModule(learner);
        Eventually.within(DEADLINE, () -> learner.get("/learn/results").body().contains("Sent to Practice platform"),
                () -> "the results page to say the result was sent");
    }

    /** Queues scores as completions would, straight into the outbox, for one learner and line item. */
    static long[] queue(int count, String person, String lineItem) throws SQLException {
        return queue(count, person, person, lineItem);
    }

    /** As above, with the score addressed to {@code userId}, who may not be the person who earned it. */
    static long[] queue(int count, String person, String userId, String lineItem) throws SQLException {
        var practice = " join deployment d on d.id = %s.deployment_ref join platform_registration r "
                + "on r.id = d.registration_id and r.issuer = '" + ToolUnderTest.platformUrl("/practice") + "'";
        var placement = count("select p.id from placement p join course c on c.id = p.course_ref"
                + practice.formatted("c") + " where c.context_id = 'northmoor-children' "
                + "and p.resource_link_id = 'northmoor-children-digital-practice'");
        var user = count("select u.id from app_user u" + practice.formatted("u") + " where u.subject = ?",
                person);
        var deployment = count("select u.deployment_ref from app_user u" + practice.formatted("u")
                + " where u.subject = ?", person);
        var ids = new long[count];
        var base = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(IDS.get() % 10_000_000);
        try (var connection = ToolUnderTest.connect();
             var insert = connection.prepareStatement("insert into score_outbox (id, deployment_ref, user_ref, "
                     + "placement_ref, source, source_key, source_ref, label, line_item_url, user_id, score_given, "
                     + "score_maximum, activity_progress, grading_progress, score_timestamp, status, attempts, "
                     + "next_attempt_at, created_at) values (?, ?, ?, ?, 'module', ?, 0, 'Queued', ?, ?, 1, 1, "
                     + "'Completed', 'FullyGraded', ?, 'PENDING', 0, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                ids[i] = IDS.incrementAndGet();
                insert.setLong(1, ids[i]);
                insert.setLong(2, deployment);
                insert.setLong(3, user);
                insert.setLong(4, placement);
                insert.setString(5, SLUG);
                insert.setString(6, ToolUnderTest.platformUrl("/practice/ags/northmoor-children/lineitems/" + lineItem));
                insert.setString(7, userId);
                insert.setTimestamp(8, Timestamp.from(base.plusSeconds(i)));
                insert.setTimestamp(9, Timestamp.from(Instant.now()));
                insert.setTimestamp(10, Timestamp.from(Instant.now()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return ids;
    }

    static void assertAllSentOnce(long[] ids, String lineItem, String person) {
        var first = ids[0];
        var last = ids[ids.length - 1];
        Eventually.within(DEADLINE.multipliedBy(Math.max(2, ids.length / 500)), () -> count("select count(*) from score_outbox where id between ? "
                        + "and ? and status = 'SENT'", first, last) == ids.length,
                () -> ids.length + " scores sent; sent so far: " + count("select count(*) from score_outbox where id "
                        + "between ? and ? and status = 'SENT'", first, last));
        var distinct = count("select count(distinct s.score_timestamp) from practice_score s join score_outbox o "
                + "on o.score_timestamp = s.score_timestamp and o.user_id = s.user_id where o.id between ? and ? "
                + "and s.line_item_id = ?", first, last, lineItem);
        assertEquals(ids.length, distinct, "every score reached the gradebook");
    }

    @Test
    void oneTokenServesAThousandScores() throws Exception {
        var person = "northmoor-learner-17";
        var lineItem = completedAndDelivered(person);
        control("/stats/reset", "{}");
        var ids = queue(1000, person, lineItem);
        assertAllSentOnce(ids, lineItem, person);
        var stats = http.send(HttpRequest.newBuilder(URI.create(ToolUnderTest.platformUrl("/practice/control/stats")))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(stats.contains("\"tokenRequests\":0") || stats.contains("\"tokenRequests\":1"), stats);
        assertTrue(stats.contains("\"scorePosts\":1000"), "each score posted exactly once: " + stats);
    }

    @Test
    void scoresWaitOutAnOutageAndAllArrive() throws Exception {
        var person = "northmoor-learner-18";
        var lineItem = completedAndDelivered(person);
        control("/faults", "{\"kind\":\"unavailable\",\"seconds\":4}");
        var ids = queue(20, person, lineItem);
        assertAllSentOnce(ids, lineItem, person);
        assertEquals(20, count("select count(*) from practice_score s join score_outbox o on o.score_timestamp = "
                + "s.score_timestamp and o.user_id = s.user_id where o.id between ? and ?", ids[0], ids[19]),
                "none doubled: the platform refused them while down");
    }

    @Test
    void scoresSurviveTimeouts() throws Exception {
        var person = "northmoor-learner-19";
        var lineItem = completedAndDelivered(person);
        control("/faults", "{\"kind\":\"slow\",\"seconds\":5,\"delay\":4}");
        var ids = queue(3, person, lineItem);
        assertAllSentOnce(ids, lineItem, person);
        assertTrue(count("select max(attempts) from score_outbox where id between ? and ?", ids[0], ids[2]) > 1,
                "at least one timed out and was sent again");
    }

    @Test
    void aRefusedTokenIsReplacedOnceAndTheScoreArrives() throws Exception {
        var person = "northmoor-learner-21";
        var lineItem = completedAndDelivered(person);
        control("/faults", "{\"kind\":\"unauthorised-once\"}");
        var ids = queue(5, person, lineItem);
        assertAllSentOnce(ids, lineItem, person);
    }

    @Test
    void rateLimitsAreHonoured() throws Exception {
        var person = "northmoor-learner-22";
        var lineItem = completedAndDelivered(person);
        control("/faults", "{\"kind\":\"rate-limited\",\"calls\":3,\"retryAfter\":2}");
        var ids = queue(5, person, lineItem);
        assertAllSentOnce(ids, lineItem, person);
        assertEquals(5, count("select count(*) from practice_score s join score_outbox o on o.score_timestamp = "
                + "s.score_timestamp and o.user_id = s.user_id where o.id between ? and ?", ids[0], ids[4]));
    }

    @Test
    void aScoreThePlatformRefusesIsFlaggedWithItsReasonAndCanBeRetried() throws Exception {
        var person = "northmoor-learner-23";
        var lineItem = completedAndDelivered(person);
        var ids = queue(1, person, "northmoor-not-a-member", lineItem);
        Eventually.within(DEADLINE, () -> "FAILED".equals(text("select status from score_outbox where id = ?", ids[0])),
                () -> "the refused score flagged as failed");
        assertTrue(text("select last_error from score_outbox where id = ?", ids[0]).contains("is not a member"));
        var failed = admin("GET", "/admin/gradebook/failed");
        assertEquals(200, failed.statusCode());
        assertTrue(failed.body().contains("is not a member of this course"));
        assertEquals(200, admin("POST", "/admin/gradebook/" + ids[0] + "/retry").statusCode());
        assertEquals("PENDING", text("select status from score_outbox where id = ?", ids[0]));
        assertEquals(404, admin("POST", "/admin/gradebook/" + ids[0] + "/retry").statusCode(),
                "only failed scores can be sent again");
    }

    HttpResponse<String> admin(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(ToolUnderTest.toolUrl(path)))
                .header("Authorization", "Bearer it-admin-token")
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
