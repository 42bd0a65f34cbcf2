package org.digitalpractice.insight.completion;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.digitalpractice.infrastructure.Database;
import org.digitalpractice.session.people.Course;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Results the platform's gradebook refused for good (the outbox's FAILED scores, not retried by themselves) for a
 * course's links, so a lead knows whose completion is missing from the platform and can ask for it to be sent again.
 */
@ApplicationScoped
public class FailedScores {

    static final int SHOWN = 50;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    public record FailedScore(String person, String activity, String label, Optional<String> reason,
                              Instant queuedAt, int attempts) {
    }

    /** The total, and the most recent ones. */
    public record Failures(int total, List<FailedScore> recent) {
    }

    public Failures of(Course course) {
        var recent = new ArrayList<FailedScore>();
        int total = 0;
        try (var connection = dataSource.getConnection()) {
            try (var count = connection.prepareStatement("select count(*) from score_outbox q join placement p "
                    + "on p.id = q.placement_ref where p.course_ref = ? and q.deployment_ref = ? and q.status = 'FAILED'")) {
                count.setLong(1, course.id());
                count.setLong(2, course.deploymentRef());
                try (var rows = count.executeQuery()) {
                    rows.next();
                    total = rows.getInt(1);
                }
            }
            if (total > 0) {
                try (var query = connection.prepareStatement("select coalesce(u.display_name, q.user_id), "
                        + "coalesce(p.title, p.resource_link_id), q.label, q.last_error, q.created_at, q.attempts "
                        + "from score_outbox q join placement p on p.id = q.placement_ref "
                        + "left join app_user u on u.id = q.user_ref "
                        + "where p.course_ref = ? and q.deployment_ref = ? and q.status = 'FAILED' "
                        + "order by q.created_at desc, q.id desc")) {
                    query.setLong(1, course.id());
                    query.setLong(2, course.deploymentRef());
                    query.setMaxRows(SHOWN);
                    try (var rows = query.executeQuery()) {
                        while (rows.next()) {
                            recent.add(new FailedScore(rows.getString(1), rows.getString(2), rows.getString(3),
                                    Optional.ofNullable(rows.getString(4)), rows.getTimestamp(5).toInstant(),
                                    rows.getInt(6)));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the failed scores of course " + course.id(), e);
        }
        return new Failures(total, recent);
    }
}
