package org.digitalpractice.admin.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.digitalpractice.infrastructure.Hashes;
import org.digitalpractice.infrastructure.Secrets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Signed-in browsers. The cookie holds a random token and the database only its hash, so every node of a cluster
 * knows a session and a copy of the table opens none. A session ends after {@code dp.admin.idle-minutes} without
 * a request, and {@code dp.admin.session-hours} after sign-in whatever happens.
 */
@ApplicationScoped
public class ConsoleSessions {

    /** Writing the last request's time at most this often spares a write per page. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "dp.admin.idle-minutes", defaultValue = "30")
    long idleMinutes;
    @Inject
    @ConfigProperty(name = "dp.admin.session-hours", defaultValue = "12")
    long sessionHours;

    /** Opens a session for the administrator; answers the cookie's value. Expired sessions of anyone go now. */
    @Transactional
    public String open(Administrator administrator) {
        var now = clock.instant();
        forgetExpired(now);
        var token = Secrets.randomToken();
        em.createNativeQuery("insert into administrator_session (token_hash, administrator_ref, created_at, "
                        + "last_seen_at) values (?, ?, ?, ?)")
                .setParameter(1, Hashes.sha256(token))
                .setParameter(2, administrator.id())
                .setParameter(3, Timestamp.from(now))
                .setParameter(4, Timestamp.from(now))
                .executeUpdate();
        return token;
    }

    /** The administrator of a live session, which this request keeps alive; empty once it has ended. */
    @Transactional
    public Optional<Administrator> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        var now = clock.instant();
        List<?> rows = em.createNativeQuery("select administrator_ref, created_at, last_seen_at "
                        + "from administrator_session where token_hash = ?")
                .setParameter(1, Hashes.sha256(token)).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        var row = (Object[]) rows.get(0);
        var created = ((Timestamp) row[1]).toInstant();
        var lastSeen = ((Timestamp) row[2]).toInstant();
        if (ended(created, lastSeen, now)) {
            close(token);
            return Optional.empty();
        }
        if (lastSeen.plus(TOUCH_EVERY).isBefore(now)) {
            em.createNativeQuery("update administrator_session set last_seen_at = ? where token_hash = ?")
                    .setParameter(1, Timestamp.from(now)).setParameter(2, Hashes.sha256(token)).executeUpdate();
        }
        return Optional.ofNullable(em.find(Administrator.class, ((Number) row[0]).longValue()));
    }

    boolean ended(Instant created, Instant lastSeen, Instant now) {
        return !lastSeen.plus(Duration.ofMinutes(idleMinutes)).isAfter(now)
                || !created.plus(Duration.ofHours(sessionHours)).isAfter(now);
    }

    @Transactional
    public void close(String token) {
        em.createNativeQuery("delete from administrator_session where token_hash = ?")
                .setParameter(1, Hashes.sha256(token)).executeUpdate();
    }

    private void forgetExpired(Instant now) {
        em.createNativeQuery("delete from administrator_session where last_seen_at <= ? or created_at <= ?")
                .setParameter(1, Timestamp.from(now.minus(Duration.ofMinutes(idleMinutes))))
                .setParameter(2, Timestamp.from(now.minus(Duration.ofHours(sessionHours))))
                .executeUpdate();
    }
}
