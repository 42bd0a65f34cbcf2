package org.digitalpractice.gradebook;

import org.digitalpractice.testing.Eventually;
import org.digitalpractice.testing.TestLaunch;
import org.digitalpractice.testing.ToolUnderTest;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Scores put straight into the tool's outbox, as completions would queue them, each for a gradebook column of its
 * own in a practice course (so each is a stream of its own: the outbox sends a stream's newest score only).
 */
record Queue(long[] ids, String label) {

    static final String COURSE = "northmoor-children";
    /** Rows the tests queue directly get ids far above what the tool's sequence hands out. */
    static final AtomicLong IDS = new AtomicLong(2_000_000_000L + (System.nanoTime() % 1_000_000) * 1000);

    /** {@code count} completions of {@code person}, each to a new line item of the practice course. */
    static Queue of(int count, String person) throws SQLException {
        return of(count, person, person);
    }

    /** As above, with each score addressed to {@code userId}, who may not be the person who earned it. */
    static Queue of(int count, String person, String userId) throws SQLException {
        TestLaunch.fromPractice("northmoor", COURSE, person);
        var placement = GradebookIT.count("select p.id from placement p join course c on c.id = p.course_ref"
                + practice("c") + " where c.context_id = ? and p.resource_link_id = ?", COURSE,
                COURSE + "-digital-practice");
        var user = GradebookIT.count("select u.id from app_user u" + practice("u") + " where u.subject = ?", person);
        var deployment = GradebookIT.count("select u.deployment_ref from app_user u" + practice("u")
                + " where u.subject = ?", person);
        var label = "Queued " + UUID.randomUUID();
        var ids = new long[count];
        var now = Timestamp.from(Instant.now());
        try (var connection = ToolUnderTest.connect();
             var item = connection.prepareStatement("insert into practice_line_item (id, course_id, label, "
                     + "score_maximum, created_at) values (?, ?, ?, 1, ?)");
             var score = connection.prepareStatement("insert into score_outbox (id, deployment_ref, user_ref, "
                     + "placement_ref, source, source_key, source_ref, label, line_item_url, user_id, score_given, "
                     + "score_maximum, activity_progress, grading_progress, score_timestamp, status, attempts, "
                     + "next_attempt_at, created_at) values (?, ?, ?, ?, 'module', ?, 0, ?, ?, ?, 1, 1, "
                     + "'Completed', 'FullyGraded', ?, 'PENDING', 0, ?, ?)")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                var lineItem = UUID.randomUUID().toString();
                item.setString(1, lineItem);
                item.setString(2, COURSE);
                item.setString(3, label);
                item.setTimestamp(4, now);
                item.addBatch();
                ids[i] = IDS.incrementAndGet();
                score.setLong(1, ids[i]);
                score.setLong(2, deployment);
                score.setLong(3, user);
                score.setLong(4, placement);
                score.setString(5, "queued-" + ids[i]);
                score.setString(6, label);
                score.setString(7, ToolUnderTest.platformUrl("/practice/ags/" + COURSE + "/lineitems/" + lineItem));
                score.setString(8, userId);
                score.setTimestamp(9, Timestamp.from(Instant.now().minusSeconds(60)));
                score.setTimestamp(10, now);
                score.setTimestamp(11, now);
                score.addBatch();
            }
            item.executeBatch();
            score.executeBatch();
            connection.commit();
        }
        return new Queue(ids, label);
    }

    private static String practice(String alias) {
        return " join deployment d on d.id = " + alias + ".deployment_ref join platform_registration r "
                + "on r.id = d.registration_id and r.issuer = '" + ToolUnderTest.platformUrl("/practice") + "'";
    }

    long first() {
        return ids[0];
    }

    long last() {
        return ids[ids.length - 1];
    }

    long countWith(String status) {
        return GradebookIT.count("select count(*) from score_outbox where id between ? and ? and status = ?",
                first(), last(), status);
    }

    /** Every score is marked sent, and the platform's gradebook received each exactly once. */
    void assertAllSentOnce(Duration deadline) {
        Eventually.within(deadline, () -> countWith("SENT") == ids.length,
                () -> ids.length + " scores sent; sent so far: " + countWith("SENT"));
        assertEquals(ids.length, GradebookIT.count("select count(*) from practice_score s join practice_line_item i "
                + "on i.id = s.line_item_id where i.label = ?", label), "each score reached the gradebook once");
        assertEquals(ids.length, GradebookIT.count("select count(distinct s.line_item_id) from practice_score s "
                + "join practice_line_item i on i.id = s.line_item_id where i.label = ?", label),
                "every gradebook column got its score");
    }

    void assertAllSentOnce() {
        assertAllSentOnce(GradebookIT.DEADLINE.multipliedBy(Math.max(2, ids.length / 500)));
    }
}
