package org.digitalpractice.practice;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.digitalpractice.infrastructure.Database;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The practice platform's gradebook: line items per course, and every score the tool sent. */
@ApplicationScoped
public class PracticeGradebook {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;
    @Inject
    Clock clock;

    /** {@code madeByTool}: created by the tool's POST; Moodle keeps those as manual items, stamped differently. */
    public record LineItem(String id, String courseId, String label, double scoreMaximum,
                           Optional<String> resourceLinkId, Optional<String> resourceId, Optional<String> tag,
                           boolean madeByTool) {
    }

    public record Score(String lineItemId, String userId, Double scoreGiven, Double scoreMaximum,
                        String activityProgress, String gradingProgress, String comment, Instant timestamp,
                        Instant receivedAt) {
    }

    /** A column the platform makes itself: with an activity, or from a Deep Linking line item. */
    public LineItem create(String courseId, String label, double scoreMaximum, String resourceLinkId,
                           String resourceId, String tag) {
        return create(courseId, label, scoreMaximum, resourceLinkId, resourceId, tag, false);
    }

    /** A column the tool asked for through the line items service. */
    public LineItem createForTool(String courseId, String label, double scoreMaximum, String resourceLinkId,
                                  String resourceId, String tag) {
        return create(courseId, label, scoreMaximum, resourceLinkId, resourceId, tag, true);
    }

    private LineItem create(String courseId, String label, double scoreMaximum, String resourceLinkId,
                            String resourceId, String tag, boolean madeByTool) {
        var id = UUID.randomUUID().toString();
        run(c -> {
            try (var insert = c.prepareStatement("insert into practice_line_item (id, course_id, label, score_maximum, "
                    + "resource_link_id, resource_id, tag, created_at, made_by_tool) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, courseId);
                insert.setString(3, label);
                insert.setDouble(4, scoreMaximum);
                setNullable(insert, 5, resourceLinkId);
                setNullable(insert, 6, resourceId);
                setNullable(insert, 7, tag);
                insert.setTimestamp(8, Timestamp.from(clock.instant()));
                insert.setBoolean(9, madeByTool);
                insert.executeUpdate();
            }
            return null;
        });
        return new LineItem(id, courseId, label, scoreMaximum, Optional.ofNullable(resourceLinkId),
                Optional.ofNullable(resourceId), Optional.ofNullable(tag), madeByTool);
    }

    public List<LineItem> lineItems(String courseId, String resourceLinkId, String resourceId, String tag) {
        return run(c -> {
            var sql = new StringBuilder("select * from practice_line_item where course_id = ?");
            var params = new ArrayList<String>(List.of(courseId));
            if (resourceLinkId != null) {
                sql.append(" and resource_link_id = ?");
                params.add(resourceLinkId);
            }
            if (resourceId != null) {
                sql.append(" and resource_id = ?");
                params.add(resourceId);
            }
            if (tag != null) {
                sql.append(" and tag = ?");
                params.add(tag);
            }
            sql.append(" order by created_at, id");
            try (var query = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < params.size(); i++) {
                    query.setString(i + 1, params.get(i));
                }
                try (var rows = query.executeQuery()) {
                    var items = new ArrayList<LineItem>();
                    while (rows.next()) {
                        items.add(lineItem(rows));
                    }
                    return items;
                }
            }
        });
    }

    public Optional<LineItem> lineItem(String courseId, String id) {
        return lineItems(courseId, null, null, null).stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public void update(LineItem item) {
        run(c -> {
            try (var update = c.prepareStatement("update practice_line_item set label = ?, score_maximum = ?, "
                    + "resource_link_id = ?, resource_id = ?, tag = ? where id = ?")) {
                update.setString(1, item.label());
                update.setDouble(2, item.scoreMaximum());
                setNullable(update, 3, item.resourceLinkId().orElse(null));
                setNullable(update, 4, item.resourceId().orElse(null));
                setNullable(update, 5, item.tag().orElse(null));
                update.setString(6, item.id());
                update.executeUpdate();
            }
            return null;
        });
    }

    public void delete(String id) {
        run(c -> {
            try (var delete = c.prepareStatement("delete from practice_line_item where id = ?")) {
                delete.setString(1, id);
                delete.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Takes a score as the course's platform would, and returns why it was refused, if it was. Under moodle-4 a
     * score not newer than the grade's stamp is refused (409), and its scoreGiven dropped unless FullyGraded;
     * under canvas a score older than the result's timestamp is refused (400). Others keep every score.
     */
    public synchronized Optional<Refusal> accept(LineItem item, Score score, PlatformProfile profile) {
        var grade = held(item, score.userId(), profile);
        if (grade.isPresent()) {
            var refusal = profile.refusal(item.id(), score.userId(), grade.get().gradedAt(), score.timestamp());
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        record(profile.dropsScoreUnlessFullyGraded() && !"FullyGraded".equals(score.gradingProgress())
                ? new Score(score.lineItemId(), score.userId(), null, score.scoreMaximum(), score.activityProgress(),
                score.gradingProgress(), score.comment(), score.timestamp(), score.receivedAt())
                : score);
        return Optional.empty();
    }

    /** Why a platform refused a score, with the status it answers. */
    public record Refusal(int status, String reason) {
    }

    /** What the gradebook holds for one person: the score behind it, and the time the grade carries. */
    public record Grade(Score score, Instant gradedAt) {
    }

    /**
     * The grade a person holds in a line item. Moodle and Canvas replace it with every score they accept (Moodle
     * stamps it as its profile says); other platforms show the score with the newest timestamp.
     */
    public Optional<Grade> held(LineItem item, String userId, PlatformProfile profile) {
        var scores = received(item.id()).stream().filter(s -> s.userId().equals(userId)).toList();
        if (scores.isEmpty()) {
            return Optional.empty();
        }
        var kept = profile.keepsLastAccepted() ? scores.get(scores.size() - 1)
                : scores.stream().reduce((a, b) -> b.timestamp().isBefore(a.timestamp()) ? a : b).orElseThrow();
        return Optional.of(new Grade(kept, profile.stampOf(kept.timestamp(), kept.receivedAt(),
                kept.scoreGiven() != null, item.madeByTool())));
    }

    public void record(Score score) {
        run(c -> {
            try (var insert = c.prepareStatement("insert into practice_score (id, line_item_id, user_id, score_given, "
                    + "score_maximum, activity_progress, grading_progress, score_comment, score_timestamp, received_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, score.lineItemId());
                insert.setString(3, score.userId());
                setNullableNumber(insert, 4, score.scoreGiven());
                setNullableNumber(insert, 5, score.scoreMaximum());
                insert.setString(6, score.activityProgress());
                insert.setString(7, score.gradingProgress());
                setNullable(insert, 8, score.comment());
                insert.setTimestamp(9, Timestamp.from(score.timestamp()));
                insert.setTimestamp(10, Timestamp.from(score.receivedAt()));
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** Every score received for a line item, oldest first: the history behind the gradebook. */
    public List<Score> received(String lineItemId) {
        return run(c -> {
            try (var query = c.prepareStatement("select * from practice_score where line_item_id = ? "
                    + "order by received_at, score_timestamp")) {
                query.setString(1, lineItemId);
                try (var rows = query.executeQuery()) {
                    var scores = new ArrayList<Score>();
                    while (rows.next()) {
                        scores.add(new Score(rows.getString("line_item_id"), rows.getString("user_id"),
                                nullableDouble(rows, "score_given"), nullableDouble(rows, "score_maximum"),
                                rows.getString("activity_progress"), rows.getString("grading_progress"),
                                rows.getString("score_comment"), rows.getTimestamp("score_timestamp").toInstant(),
                                rows.getTimestamp("received_at").toInstant()));
                    }
                    return scores;
                }
            }
        });
    }

    /** The grade of each person who has one in a line item, as {@link #held} reads it. */
    public List<Grade> results(LineItem item, PlatformProfile profile) {
        return received(item.id()).stream().map(Score::userId).distinct()
                .map(user -> held(item, user, profile)).flatMap(Optional::stream).toList();
    }

    private static LineItem lineItem(ResultSet rows) throws SQLException {
        return new LineItem(rows.getString("id"), rows.getString("course_id"), rows.getString("label"),
                rows.getDouble("score_maximum"), Optional.ofNullable(rows.getString("resource_link_id")),
                Optional.ofNullable(rows.getString("resource_id")), Optional.ofNullable(rows.getString("tag")),
                rows.getBoolean("made_by_tool"));
    }

    private static Double nullableDouble(ResultSet rows, String column) throws SQLException {
        var value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }

    private static void setNullable(java.sql.PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static void setNullableNumber(java.sql.PreparedStatement statement, int index, Double value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private <T> T run(Work<T> work) {
        try (var connection = dataSource.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Practice gradebook: " + e.getMessage(), e);
        }
    }
}
