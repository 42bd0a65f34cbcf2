package org.digitalpractice.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Named random secrets (HMAC keys) that every node of a cluster must share, created on first use. Two nodes that
 * race to create the same secret both end up with the one that was stored first.
 */
@ApplicationScoped
public class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Clock clock;

    private final Map<String, byte[]> known = new ConcurrentHashMap<>();

    public byte[] secret(String name) {
        return known.computeIfAbsent(name, this::loadOrCreate).clone();
    }

    private byte[] loadOrCreate(String name) {
        try (var connection = dataSource.getConnection()) {
            var existing = read(connection, name);
            if (existing != null) {
                return existing;
            }
            var bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            try (var insert = connection.prepareStatement(
                    "insert into tool_secret (name, secret, created_at) values (?, ?, ?)")) {
                insert.setString(1, name);
                insert.setString(2, Base64.getEncoder().encodeToString(bytes));
                insert.setTimestamp(3, Timestamp.from(clock.instant()));
                insert.executeUpdate();
                return bytes;
            } catch (SQLException lostRace) {
                var winner = read(connection, name);
                if (winner == null) {
                    throw lostRace;
                }
                return winner;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read or create the secret '" + name + "'", e);
        }
    }

    private static byte[] read(java.sql.Connection connection, String name) throws SQLException {
        try (var query = connection.prepareStatement("select secret from tool_secret where name = ?")) {
            query.setString(1, name);
            try (var rows = query.executeQuery()) {
                return rows.next() ? Base64.getDecoder().decode(rows.getString(1)) : null;
            }
        }
    }

    /** A fresh random value, URL-safe, for one-time tokens. */
    public static String randomToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
