package org.digitalpractice.gradebook;

import org.digitalpractice.testing.ModuleSteps;
import org.digitalpractice.testing.DeployedTool;
import org.digitalpractice.testing.Eventually;
import org.digitalpractice.testing.TestLaunch;
import org.digitalpractice.testing.ToolUnderTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import static org.digitalpractice.gradebook.GradebookIT.DEADLINE;
import static org.digitalpractice.gradebook.GradebookIT.SLUG;
import static org.digitalpractice.gradebook.GradebookIT.control;
import static org.digitalpractice.gradebook.GradebookIT.count;
import static org.digitalpractice.gradebook.GradebookIT.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Scores reach the gradebook in order, whatever the timing, under every platform profile: a practice council of
 * each (Moodle, Canvas, Brightspace, Blackboard). Moodle is the strictest: it stamps a grade with the time a score
 * arrives and refuses (409) any later score that is not newer; Canvas refuses (400) a score older than the one it
 * holds. Each test uses a link that asks for progress scores, so that a "Started" score is in play, and ends with
 * the gradebook showing the learner's result and no score refused as older unless the test provokes one.
 */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"northmoor", "eastbrook", "westfold", "southvale"})
class ScoreOrderIT extends DeployedTool {

    @Parameter
    String council;

    private int refusedBefore;

    @BeforeEach
    void countRefusals() throws Exception {
        refusedBefore = refusedAsOlder();
    }

    @AfterEach
    void platformBehaves() throws Exception {
        control("/faults", "{\"kind\":\"none\"}");
    }

    private void noScoreWasRefusedAsOlder() throws Exception {
        assertEquals(refusedBefore, refusedAsOlder(), "a score was refused as older than what " + council + " held");
    }

    /** A trainer's link to the module that asks for progress scores, with its own gradebook column. */
    record ProgressLink(String council, String id, String lineItem) {
        static ProgressLink place(String council) throws SQLException {
            var course = council + "-children";
            var link = UUID.randomUUID().toString();
            var lineItem = UUID.randomUUID().toString();
            try (var connection = ToolUnderTest.connect();
                 var item = connection.prepareStatement("insert into practice_line_item (id, course_id, label, "
                         + "score_maximum, resource_link_id, resource_id, tag, created_at) values (?, ?, ?, 1, ?, ?, "
                         + "'completion', ?)");
                 var placed = connection.prepareStatement("insert into practice_link (id, course_id, title, url, "
                         + "custom, line_item_id, created_at) values (?, ?, ?, ?, ?, ?, ?)")) {
                var now = Timestamp.from(Instant.now());
                item.setString(1, lineItem);
                item.setString(2, course);
                item.setString(3, "Online harm (with progress)");
                item.setString(4, link);
                item.setString(5, SLUG);
                item.setTimestamp(6, now);
                item.executeUpdate();
                placed.setString(1, link);
                placed.setString(2, course);
                placed.setString(3, "Online harm (with progress)");
                placed.setString(4, ToolUnderTest.toolUrl("/learn/modules/" + SLUG));
                placed.setString(5, "{\"module\":\"" + SLUG + "\",\"gradebook\":\"completion\","
                        + "\"progress_scores\":\"yes\"}");
                placed.setString(6, lineItem);
                placed.setTimestamp(7, now);
                placed.executeUpdate();
            }
            return new ProgressLink(council, link, lineItem);
        }

        TestLaunch launch(String person) {
            return TestLaunch.fromPractice(council, council + "-children", person, "&link=" + id);
        }

        /** What the gradebook shows the person now, as the platform keeps grades. */
        String grade(String person) {
            try {
                var shown = GradebookIT.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                ToolUnderTest.platformUrl("/practice/control/grades/" + council + "-children/"
                                        + lineItem + "/" + person))).GET().build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString()).body();
                try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(shown))) {
                    var grade = reader.readObject();
                    var given = grade.getJsonNumber("scoreGiven");
                    return grade.getString("activityProgress") + " " + (given == null ? "-" : given.doubleValue());
                }
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        /** A grade a trainer typed into the platform's gradebook just now. */
        void editedByTrainer(String person, double score) throws SQLException {
            try (var connection = ToolUnderTest.connect();
                 var insert = connection.prepareStatement("insert into practice_score (id, line_item_id, user_id, "
                         + "score_given, score_maximum, activity_progress, grading_progress, score_timestamp, "
                         + "received_at) values (?, ?, ?, ?, 1, 'Completed', 'FullyGraded', ?, ?)")) {
                var now = Timestamp.from(Instant.now());
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, lineItem);
                insert.setString(3, person);
                insert.setDouble(4, score);
                insert.setTimestamp(5, now);
                insert.setTimestamp(6, now);
                insert.executeUpdate();
            }
        }

        long received(String person, String progress) {
            return count("select count(*) from practice_score where line_item_id = ? and user_id = ? and "
                    + "activity_progress = ?", lineItem, person, progress);
        }

        long queued(String person, String progress, String status) {
            return count("select count(*) from score_outbox o join app_user u on u.id = o.user_ref join placement p "
                    + "on p.id = o.placement_ref where u.subject = ? and p.resource_link_id = ? and "
                    + "o.activity_progress = ? and o.status = ?", person, id, progress, status);
        }
    }

    static void awaitGrade(ProgressLink link, String person, String grade) {
        Eventually.within(DEADLINE, () -> grade.equals(link.grade(person)),
                () -> "the gradebook to show " + grade + " for " + person + "; it shows " + link.grade(person));
    }

    @Test
    void aCompletionWithinOnePollOfStartingLands() throws Exception {
        var link = ProgressLink.place(council);
        var person = council + "-learner-02";
        GradebookIT.completeModule(link.launch(person));
        awaitGrade(link, person, "Completed 1.0");
        assertEquals(1, link.queued(person, "Completed", "SENT"));
        assertEquals(0, link.queued(person, "Started", "PENDING"), "the start is sent or superseded, never left");
        noScoreWasRefusedAsOlder();
    }

    @Test
    void anOutageSpanningAStartAndACompletionEndsWithTheCompletion() throws Exception {
        var link = ProgressLink.place(council);
        var person = council + "-learner-03";
        control("/faults", "{\"kind\":\"unavailable\",\"seconds\":600}");
        GradebookIT.completeModule(link.launch(person));
        Eventually.within(DEADLINE, () -> count("select count(*) from score_outbox o join app_user u on u.id = "
                + "o.user_ref where u.subject = ? and o.attempts > 0", person) > 0, () -> "a try during the outage");
        control("/faults", "{\"kind\":\"none\"}");
        awaitGrade(link, person, "Completed 1.0");
        assertEquals(1, link.queued(person, "Started", "SUPERSEDED"), "the queued start was replaced, not sent");
        assertEquals(0, link.received(person, "Started"));
        noScoreWasRefusedAsOlder();
    }

    /**
     * A completion that follows the start within the same second is stamped after the start's arrival, so Moodle,
     * which dates a grade with a score's arrival, takes it as newer: nothing is refused.
     */
    @Test
    void aCompletionInTheSecondTheStartArrivedIsStampedAfterIt() throws Exception {
        var link = ProgressLink.place(council);
        var person = council + "-learner-28";
        ModuleSteps.start(link.launch(person), SLUG);
        Eventually.within(DEADLINE, () -> link.received(person, "Started") == 1, () -> "the start in the gradebook");
        var id = completionInStream(link, person, startedAt(link, person));
        awaitGrade(link, person, "Completed 1.0");
        assertEquals("SENT", text("select status from score_outbox where id = ?", id));
        noScoreWasRefusedAsOlder();
    }

    /**
     * A platform that holds a grade dated after the completion (a trainer's edit in the gradebook, or a platform
     * whose clock runs ahead) refuses it as older, Moodle with 409 and Canvas with 400. The tool reads what the
     * platform holds and sends the completion again, stamped after it, with the finishing time in the comment.
     */
    @Test
    void aCompletionRefusedAsOlderIsSentAgainAndLands() throws Exception {
        assumeTrue(council.equals("northmoor") || council.equals("eastbrook"),
                "Moodle and Canvas refuse a score older than the grade they hold");
        var link = ProgressLink.place(council);
        var person = council + "-learner-04";
        ModuleSteps.start(link.launch(person), SLUG);
        Eventually.within(DEADLINE, () -> link.received(person, "Started") == 1, () -> "the start in the gradebook");
        Thread.sleep(2500);
        var finished = Instant.now().minusSeconds(1);
        link.editedByTrainer(person, 0.5);
        var id = completionInStream(link, person, finished);
        Eventually.within(DEADLINE, () -> "SENT".equals(text("select status from score_outbox where id = ?", id)),
                () -> "the completion sent");
        awaitGrade(link, person, "Completed 1.0");
        assertTrue(refusedAsOlder() > refusedBefore, "the platform refused the first send as older");
        assertNotNull(text("select cast(sent_timestamp as varchar(40)) from score_outbox where id = ?", id),
                "sent again with a timestamp the platform accepts");
        assertTrue(text("select note from score_outbox where id = ?", id).contains("Sent again stamped"));
    }

    @Test
    void aScoreOlderThanOneAlreadySentIsNeverSent() throws Exception {
        var link = ProgressLink.place(council);
        var person = council + "-learner-05";
        GradebookIT.completeModule(link.launch(person));
        awaitGrade(link, person, "Completed 1.0");
        var id = completionInStream(link, person, Instant.parse("2026-01-01T09:00:00Z"));
        Eventually.within(DEADLINE, () -> "SUPERSEDED".equals(text("select status from score_outbox where id = ?", id)),
                () -> "the older score superseded");
        assertEquals(1, link.received(person, "Completed"), "the gradebook got the completion once");
        noScoreWasRefusedAsOlder();
    }

    /**
     * A module placed in a second course (or placed again) gets the result the learner already earned, in its own
     * column, as soon as they open its link: nobody takes a module twice for a gradebook's sake. Opening the link
     * again sends nothing more.
     */
    @Test
    void aResultEarnedThroughOneLinkReachesTheColumnOfAnotherLinkToTheSameModule() throws Exception {
        var first = ProgressLink.place(council);
        var person = council + "-learner-29";
        GradebookIT.completeModule(first.launch(person));
        awaitGrade(first, person, "Completed 1.0");
        var second = ProgressLink.place(council);
        second.launch(person);
        awaitGrade(second, person, "Completed 1.0");
        second.launch(person);
        first.launch(person);
        Thread.sleep(2000);
        assertEquals(1, second.received(person, "Completed"), "one completion in the second column");
        assertEquals(1, first.received(person, "Completed"), "and still one in the first");
        noScoreWasRefusedAsOlder();
    }

    /** When the tool says the learner started: the timestamp of the Started score it sent. */
    static Instant startedAt(ProgressLink link, String person) throws SQLException {
        try (var connection = ToolUnderTest.connect();
             var query = connection.prepareStatement("select o.score_timestamp from score_outbox o join placement p "
                     + "on p.id = o.placement_ref where p.resource_link_id = ? and o.user_id = ? and "
                     + "o.activity_progress = 'Started'")) {
            query.setString(1, link.id());
            query.setString(2, person);
            try (var rows = query.executeQuery()) {
                assertTrue(rows.next(), "a Started score in the outbox");
                return rows.getTimestamp(1).toInstant();
            }
        }
    }

    /** A completion queued straight into the stream of this link, module and learner. */
    static long completionInStream(ProgressLink link, String person, Instant timestamp) throws SQLException {
        var id = Queue.IDS.incrementAndGet();
        try (var connection = ToolUnderTest.connect();
             var insert = connection.prepareStatement("insert into score_outbox (id, deployment_ref, user_ref, "
                     + "placement_ref, source, source_key, source_ref, label, line_item_url, user_id, score_given, "
                     + "score_maximum, activity_progress, grading_progress, score_timestamp, status, attempts, "
                     + "next_attempt_at, created_at) select ?, o.deployment_ref, o.user_ref, o.placement_ref, "
                     + "'module', o.source_key, 0, o.label, o.line_item_url, o.user_id, 1, 1, 'Completed', "
                     + "'FullyGraded', ?, 'PENDING', 0, ?, ? from score_outbox o join placement p on p.id = "
                     + "o.placement_ref where p.resource_link_id = ? and o.user_id = ? fetch first 1 rows only")) {
            var now = Timestamp.from(Instant.now());
            insert.setLong(1, id);
            insert.setTimestamp(2, Timestamp.from(timestamp));
            insert.setTimestamp(3, now);
            insert.setTimestamp(4, now);
            insert.setString(5, link.id());
            insert.setString(6, person);
            assertEquals(1, insert.executeUpdate());
        }
        return id;
    }

    static int refusedAsOlder() throws Exception {
        var stats = GradebookIT.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        ToolUnderTest.platformUrl("/practice/control/stats"))).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        var matcher = java.util.regex.Pattern.compile("\"refusedAsOlder\":(\\d+)").matcher(stats);
        assertTrue(matcher.find(), stats);
        return Integer.parseInt(matcher.group(1));
    }
}
