package org.digitalpractice.gradebook;

import org.digitalpractice.testing.DeployedTool;
import org.digitalpractice.testing.Eventually;
import org.digitalpractice.testing.TestLaunch;
import org.digitalpractice.testing.ToolUnderTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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

/**
 * Scores reach a Moodle gradebook in order, whatever the timing. Northmoor's practice course runs under the
 * moodle-4 profile: it stamps a grade with the time a score arrives and refuses (409) any later score that is
 * not newer. Each test uses a link that asks for progress scores, so that a "Started" score is in play.
 */
class ScoreOrderIT extends DeployedTool {

    static final String COURSE = "northmoor-children";

    @AfterEach
    void platformBehaves() throws Exception {
        control("/faults", "{\"kind\":\"none\"}");
    }

    /** A trainer's link to the module that asks for progress scores, with its own gradebook column. */
    record ProgressLink(String id, String lineItem) {
        static ProgressLink place() throws SQLException {
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
                item.setString(2, COURSE);
                item.setString(3, "Online harm (with progress)");
                item.setString(4, link);
                item.setString(5, SLUG);
                item.setTimestamp(6, now);
                item.executeUpdate();
                placed.setString(1, link);
                placed.setString(2, COURSE);
                placed.setString(3, "Online harm (with progress)");
                placed.setString(4, ToolUnderTest.toolUrl("/learn/modules/" + SLUG));
                placed.setString(5, "{\"module\":\"" + SLUG + "\",\"gradebook\":\"completion\","
                        + "\"progress_scores\":\"yes\"}");
                placed.setString(6, lineItem);
                placed.setTimestamp(7, now);
                placed.executeUpdate();
            }
            return new ProgressLink(link, lineItem);
        }

        TestLaunch launch(String person) {
            return TestLaunch.fromPractice("northmoor", COURSE, person, "&link=" + id);
        }

        /** What the gradebook shows for the person now: Moodle keeps the last score it accepted. */
        String grade(String person) {
            try (var connection = ToolUnderTest.connect();
                 var query = connection.prepareStatement("select activity_progress, score_given from practice_score "
                         + "where line_item_id = ? and user_id = ? order by received_at desc")) {
                query.setString(1, lineItem);
                query.setString(2, person);
                try (var rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return "nothing";
                    }
                    var given = rows.getDouble(2);
                    return rows.getString(1) + " " + (rows.wasNull() ? "-" : String.valueOf(given));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
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
        var link = ProgressLink.place();
        var person = "northmoor-learner-02";
        GradebookIT.completeModule(link.launch(person));
        awaitGrade(link, person, "Completed 1.0");
        assertEquals(1, link.queued(person, "Completed", "SENT"));
        assertEquals(0, link.queued(person, "Started", "PENDING"), "the start is sent or superseded, never left");
    }

    @Test
    void anOutageSpanningAStartAndACompletionEndsWithTheCompletion() throws Exception {
        var link = ProgressLink.place();
        var person = "northmoor-learner-03";
        control("/faults", "{\"kind\":\"unavailable\",\"seconds\":600}");
        GradebookIT.completeModule(link.launch(person));
        Eventually.within(DEADLINE, () -> count("select count(*) from score_outbox o join app_user u on u.id = "
                + "o.user_ref where u.subject = ? and o.attempts > 0", person) > 0, () -> "a try during the outage");
        control("/faults", "{\"kind\":\"none\"}");
        awaitGrade(link, person, "Completed 1.0");
        assertEquals(1, link.queued(person, "Started", "SUPERSEDED"), "the queued start was replaced, not sent");
        assertEquals(0, link.received(person, "Started"));
    }

    @Test
    void aCompletionMoodleRefusesAsOlderIsSentAgainAndLands() throws Exception {
        var link = ProgressLink.place();
        var person = "northmoor-learner-04";
        var learner = link.launch(person);
        learner.get("/learn/modules/" + SLUG + "/lessons/1");
        Eventually.within(DEADLINE, () -> link.received(person, "Started") == 1, () -> "the start in the gradebook");
        var refusedBefore = refusedAsOlder();
        // Finished in the same second the start arrived: Moodle holds a grade stamped at or after it.
        var id = completionInStream(link, person, startedAt(link, person));
        Eventually.within(DEADLINE, () -> "SENT".equals(text("select status from score_outbox where id = ?", id)),
                () -> "the completion sent");
        awaitGrade(link, person, "Completed 1.0");
        assertTrue(refusedAsOlder() > refusedBefore, "Moodle refused the first send as older");
        assertNotNull(text("select cast(sent_timestamp as varchar(40)) from score_outbox where id = ?", id),
                "sent again with a timestamp Moodle accepts");
        assertTrue(text("select note from score_outbox where id = ?", id).contains("Sent again stamped"));
    }

    @Test
    void aScoreOlderThanOneAlreadySentIsNeverSent() throws Exception {
        var link = ProgressLink.place();
        var person = "northmoor-learner-05";
        GradebookIT.completeModule(link.launch(person));
        awaitGrade(link, person, "Completed 1.0");
        var id = completionInStream(link, person, Instant.parse("2026-01-01T09:00:00Z"));
        Eventually.within(DEADLINE, () -> "SUPERSEDED".equals(text("select status from score_outbox where id = ?", id)),
                () -> "the older score superseded");
        assertEquals(1, link.received(person, "Completed"), "the gradebook got the completion once");
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
