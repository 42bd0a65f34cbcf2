package org.digitalpractice.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One run of a scheduled job for the whole cluster. Every node's schedule fires at the same minute; the first to
 * lock the job's row of {@code cluster_lock} records that it started, and the others, which waited on the lock,
 * see that and skip. The lock is held only while taking the turn, not during the run. Each job has its row from a
 * migration (retention V14; roster and keys V17).
 */
@ApplicationScoped
public class ClusterTurn {

    /** Less than an hour, so that nodes whose clocks differ by a little never skip the next hour's run. */
    public static final Duration HOURLY = Duration.ofMinutes(55);

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    /** Whether this node runs now; if not, when the run that made it skip started. */
    public record Turn(boolean taken, Optional<Instant> lastRun) {
    }

    static boolean due(Optional<Instant> lastRun, Duration spacing, Instant now) {
        return lastRun.isEmpty() || !lastRun.get().plus(spacing).isAfter(now);
    }

    @Transactional
    public Turn take(String job, Duration spacing, Instant now) {
        try (var connection = dataSource.getConnection()) {
            Optional<Instant> lastRun;
            try (var lock = connection.prepareStatement("select last_run from cluster_lock where name = ? for update")) {
                lock.setString(1, job);
                try (var row = lock.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("cluster_lock has no row '" + job + "'; add it in a migration");
                    }
                    lastRun = Optional.ofNullable(row.getTimestamp(1)).map(Timestamp::toInstant);
                }
            }
            if (!due(lastRun, spacing, now)) {
                return new Turn(false, lastRun);
            }
            try (var record = connection.prepareStatement("update cluster_lock set last_run = ? where name = ?")) {
                record.setTimestamp(1, Timestamp.from(now));
                record.setString(2, job);
                record.executeUpdate();
            }
            return new Turn(true, lastRun);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the turn of job '" + job + "'", e);
        }
    }
}
