package org.digitalpractice.lti.launch;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.digitalpractice.infrastructure.Database;
import org.digitalpractice.infrastructure.Hashes;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

/**
 * Remembers used login states and nonces in the database, shared by every node, until they could no longer be
 * accepted anyway. Using a value twice is a replay. Runs inside the caller's transaction, so a launch that fails
 * later leaves nothing behind.
 */
@ApplicationScoped
public class SingleUse {

    /** The SQL state class of a unique key refusing a second row, in H2 and PostgreSQL alike. */
    static final String INTEGRITY_CONSTRAINT_VIOLATION = "23";

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Clock clock;

    /** Marks the value used; throws {@link LaunchRejected} if it was used before. */
    public void consume(String kind, String value, Instant expiresAt) {
        try (var connection = dataSource.getConnection()) {
            consume(connection, kind, value, expiresAt);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record a used " + kind, e);
        }
    }

    static void consume(java.sql.Connection connection, String kind, String value, Instant expiresAt)
            throws SQLException {
        var hash = Hashes.sha256(kind + ":" + value);
        // The unique key is the check: one statement, and two requests with the same value at the same moment
        // cannot both pass it.
        try (var insert = connection.prepareStatement("insert into used_once (value_hash, expires_at) values (?, ?)")) {
            insert.setString(1, hash);
            insert.setTimestamp(2, Timestamp.from(expiresAt));
            insert.executeUpdate();
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith(INTEGRITY_CONSTRAINT_VIOLATION)) {
                throw new LaunchRejected("this " + kind + " was already used: a launch can be used only once");
            }
            throw e;
        }
    }

    /** A value past its expiry would be refused anyway, so forgetting it lets no replay through. */
    public int forgetExpired() {
        try (var connection = dataSource.getConnection();
             var delete = connection.prepareStatement("delete from used_once where expires_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(clock.instant()));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot forget expired single-use values", e);
        }
    }
}
