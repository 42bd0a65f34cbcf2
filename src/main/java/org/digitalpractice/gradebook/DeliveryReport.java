package org.digitalpractice.gradebook;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.digitalpractice.infrastructure.Database;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;

/**
 * How score delivery is going, for the people who run the tool: counts by state, and the oldest score still
 * waiting. Read only; {@link ScoreOutbox} owns every change to the outbox.
 */
@ApplicationScoped
public class DeliveryReport {

    /**
     * @param queued             scores waiting to be sent to an active registration (due now or later)
     * @param waitingForApproval scores waiting because their registration is pending or switched off
     * @param oldestWaiting      when the oldest score waiting for an active registration was queued
     */
    public record Figures(long queued, long waitingForApproval, long sent, long failed, long superseded,
                          Optional<java.time.Instant> oldestWaiting) {
    }

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    /** Reads the figures in one pass over the outbox. */
    public Figures read() {
        long queued = 0;
        long waiting = 0;
        long sent = 0;
        long failed = 0;
        long superseded = 0;
        Timestamp oldest = null;
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("select s.status, r.status, count(*), min(s.created_at) "
                     + "from score_outbox s join deployment d on d.id = s.deployment_ref "
                     + "join platform_registration r on r.id = d.registration_id group by s.status, r.status");
             var rows = query.executeQuery()) {
            while (rows.next()) {
                var count = rows.getLong(3);
                switch (rows.getString(1)) {
                    case "PENDING" -> {
                        if ("ACTIVE".equals(rows.getString(2))) {
                            queued += count;
                            oldest = rows.getTimestamp(4);
                        } else {
                            waiting += count;
                        }
                    }
                    case "SENT" -> sent += count;
                    case "FAILED" -> failed += count;
                    default -> superseded += count;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the outbox's scores", e);
        }
        return new Figures(queued, waiting, sent, failed, superseded,
                Optional.ofNullable(oldest).map(Timestamp::toInstant));
    }
}
