package org.digitalpractice.gradebook;

import org.digitalpractice.testing.ModuleSteps;
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
import java.time.Duration;
import java.util.Map;

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
            ModuleSteps.readLesson(learner, MODULE.slug(), lesson.number());
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
        awaitCompletionOf(person, SLUG);
        return text("select i.id from practice_line_item i where i.course_id = 'northmoor-children' and i.tag = ?", SLUG);
    }

    static void awaitCompletionOf(String person, String tag) {
        Eventually.within(DEADLINE, () -> count("select count(*) from practice_score s join practice_line_item i "
                        + "on i.id = s.line_item_id where s.user_id = ? and i.tag = ? and s.activity_progress = "
                        + "'Completed'", person, tag) == 1,
                () -> "the completion of " + person + " in the platform's gradebook");
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
                assertTrue(!rows.getString(5).contains("%"), "completion mode never passes the score on: "
                        + rows.getString(5));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aLinkSendsNoStartedScoreUnlessItAsksForProgress() {
        var person = "northmoor-learner-12";
        var lineItem = completedAndDelivered(person);
        assertEquals(0, count("select count(*) from score_outbox o join app_user u on u.id = o.user_ref "
                + "where u.subject = ? and o.activity_progress = 'Started'", person), "nothing queued for the start");
        assertEquals(0, count("select count(*) from practice_score where line_item_id = ? and user_id = ? and "
                + "activity_progress = 'Started'", lineItem, person));
    }

    @Test
    void aHomeLinkWithItsOwnColumnReceivesTheShareOfModulesCompleted() {
        var person = "northmoor-learner-11";
        completedAndDelivered(person);
        var home = text("select id from practice_line_item where course_id = 'northmoor-children' and "
                + "resource_link_id = 'northmoor-children-digital-practice' and tag is null");
        Eventually.within(DEADLINE, () -> count("select count(*) from practice_score where line_item_id = ? and "
                + "user_id = ?", home, person) == 1, () -> "the course share in the home link's own column");
        try (var connection = ToolUnderTest.connect();
             var query = connection.prepareStatement("select score_given, score_maximum, activity_progress, "
                     + "score_comment from practice_score where line_item_id = ? and user_id = ?")) {
            query.setString(1, home);
            query.setString(2, person);
            try (var rows = query.executeQuery()) {
                assertTrue(rows.next());
                // Out of the modules placed in the course, or every module the council offers when none is.
                var placedInCourse = "select p.module_slug from placement p join course c on c.id = p.course_ref "
                        + "where c.context_id = 'northmoor-children' and p.module_slug is not null and "
                        + "p.module_slug <> 'self-assessment'";
                var placed = count("select count(distinct module_slug) from (" + placedInCourse + ") placed");
                // Every module they completed counts, wherever they did it: other tests' too.
                var completed = count("select count(distinct m.slug) from module_progress g join app_user u on "
                        + "u.id = g.user_ref join training_module m on m.id = g.module_ref where u.subject = ? and "
                        + "g.completed_at is not null" + (placed > 0 ? " and m.slug in (" + placedInCourse + ")" : ""),
                        person);
                assertTrue(completed >= 1, "this test's module completed");
                assertEquals(completed, rows.getDouble(1), "the modules they completed");
                if (placed > 0) {
                    assertEquals(placed, rows.getDouble(2), "out of the modules placed in the course");
                } else {
                    assertTrue(rows.getDouble(2) >= 6, "out of every module offered: " + rows.getDouble(2));
                }
                assertEquals(rows.getDouble(1) == rows.getDouble(2) ? "Completed" : "InProgress", rows.getString(3));
                assertTrue(rows.getString(4).startsWith(completed + " of "), rows.getString(4));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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

    @Test
    void oneTokenServesAThousandScores() throws Exception {
        // Scores other tests queued must not count: wait until the outbox has nothing left to send.
        Eventually.within(DEADLINE, () -> count("select count(*) from score_outbox where status = 'PENDING'") == 0,
                () -> "an idle outbox");
        control("/stats/reset", "{}");
        var queued = Queue.of(1000, "northmoor-learner-17");
        queued.assertAllSentOnce();
        var stats = http.send(HttpRequest.newBuilder(URI.create(ToolUnderTest.platformUrl("/practice/control/stats")))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(stats.contains("\"tokenRequests\":0") || stats.contains("\"tokenRequests\":1"), stats);
        assertTrue(stats.contains("\"scorePosts\":1000"), "each score posted exactly once: " + stats);
    }

    @Test
    void scoresWaitOutAnOutageAndAllArrive() throws Exception {
        control("/faults", "{\"kind\":\"unavailable\",\"seconds\":4}");
        var queued = Queue.of(20, "northmoor-learner-18");
        queued.assertAllSentOnce();
        assertTrue(count("select max(attempts) from score_outbox where id between ? and ?", queued.first(),
                queued.last()) > 1, "the platform refused them while down, and they were sent again");
    }

    @Test
    void aScoreWhoseAnswerWasLostIsNotSentTwice() throws Exception {
        // The platform takes 4 s to answer, the tool waits 3 s: the score arrives, but the tool never hears so.
        control("/faults", "{\"kind\":\"slow\",\"seconds\":5,\"delay\":4}");
        var queued = Queue.of(3, "northmoor-learner-19");
        queued.assertAllSentOnce();
        assertTrue(count("select max(attempts) from score_outbox where id between ? and ?", queued.first(),
                queued.last()) > 1, "at least one timed out");
        assertTrue(count("select count(*) from score_outbox where id between ? and ? and note like "
                + "'The platform already held this result%'", queued.first(), queued.last()) > 0,
                "the tool read the platform's result before sending again, and found it there");
    }

    @Test
    void aRefusedTokenIsReplacedOnceAndTheScoreArrives() throws Exception {
        control("/faults", "{\"kind\":\"unauthorised-once\"}");
        Queue.of(5, "northmoor-learner-21").assertAllSentOnce();
    }

    @Test
    void rateLimitsAreHonoured() throws Exception {
        control("/faults", "{\"kind\":\"rate-limited\",\"calls\":3,\"retryAfter\":2}");
        Queue.of(5, "northmoor-learner-22").assertAllSentOnce();
    }

    @Test
    void aScoreThePlatformRefusesIsFlaggedWithItsReasonAndCanBeRetried() throws Exception {
        var ids = Queue.of(1, "northmoor-learner-23", "northmoor-not-a-member").ids();
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
