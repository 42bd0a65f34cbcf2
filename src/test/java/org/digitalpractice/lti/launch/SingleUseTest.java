package org.digitalpractice.lti.launch;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** State and nonce are single-use, enforced by the database so that every node of a cluster agrees. */
class SingleUseTest {

    Connection connection;

    @BeforeEach
    void migratedDatabase() throws Exception {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        connection = dataSource.getConnection();
    }

    @Test
    void rejectsReplayedNonce() throws Exception {
        var expires = Instant.parse("2030-01-01T00:00:00Z");
        SingleUse.consume(connection, "nonce", "https://lms.example n-1", expires);
        var problem = assertThrows(LaunchRejected.class,
                () -> SingleUse.consume(connection, "nonce", "https://lms.example n-1", expires));
        assertEquals("this nonce was already used: a launch can be used only once", problem.detail());
    }

    @Test
    void rejectsReplayedState() throws Exception {
        var expires = Instant.parse("2030-01-01T00:00:00Z");
        SingleUse.consume(connection, "state", "state-1", expires);
        var problem = assertThrows(LaunchRejected.class,
                () -> SingleUse.consume(connection, "state", "state-1", expires));
        assertEquals("this state was already used: a launch can be used only once", problem.detail());
    }

    @Test
    void theSameValueOfAnotherKindIsNotAReplay() throws Exception {
        var expires = Instant.parse("2030-01-01T00:00:00Z");
        SingleUse.consume(connection, "state", "value-1", expires);
        assertDoesNotThrow(() -> SingleUse.consume(connection, "nonce", "value-1", expires));
    }

    @Test
    void aDatabaseFailureIsNotTakenForAReplay() throws Exception {
        connection.close();
        assertThrows(java.sql.SQLException.class, () -> SingleUse.consume(connection, "state", "state-2",
                Instant.parse("2030-01-01T00:00:00Z")));
    }
}
