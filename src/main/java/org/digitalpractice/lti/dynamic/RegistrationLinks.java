package org.digitalpractice.lti.dynamic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.digitalpractice.infrastructure.Hashes;
import org.digitalpractice.infrastructure.Secrets;
import org.digitalpractice.infrastructure.Settings;
import org.digitalpractice.lti.registration.ProposedRegistration;
import org.digitalpractice.lti.registration.Registration;
import org.digitalpractice.lti.registration.RegistrationStatus;
import org.digitalpractice.lti.registration.Registrations;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One-time registration links, made by the people who run the tool for one platform administrator. A link is a
 * random token in the registration URL; only its hash is stored. It registers one platform, once, before it
 * expires (DP_REGISTRATION_LINK_MINUTES). A refused registration leaves the link as it was.
 */
@ApplicationScoped
public class RegistrationLinks {

    static final int LONGEST_TOKEN = 100;

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;
    @Inject
    Registrations registrations;
    @Inject
    Settings settings;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "dp.registration.link-minutes", defaultValue = "60")
    long linkMinutes;

    /** A new link: the address to give the platform administrator, and when it stops working. */
    public record Issued(URI url, Instant expiresAt) {
    }

    @Transactional
    public Issued issue() {
        var token = Secrets.randomToken();
        var now = clock.instant();
        var expiresAt = now.plus(Duration.ofMinutes(linkMinutes));
        em.createNativeQuery("insert into registration_link (token_hash, created_at, expires_at) values (?, ?, ?)")
                .setParameter(1, Hashes.sha256(token))
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, Timestamp.from(expiresAt))
                .executeUpdate();
        return new Issued(URI.create(settings.toolUrl("/lti/register") + "?link="
                + URLEncoder.encode(token, StandardCharsets.UTF_8)), expiresAt);
    }

    /**
     * Forgets links spent before {@code before}: used, or expired unused. Only a hash was kept, but a spent link is
     * of no use to anyone, and the registration it made keeps its own record.
     */
    @Transactional
    public int forgetSpent(Instant before) {
        return em.createNativeQuery("delete from registration_link where used_at < ? or (used_at is null and "
                        + "expires_at < ?)")
                .setParameter(1, Timestamp.from(before))
                .setParameter(2, Timestamp.from(before))
                .executeUpdate();
    }

    /** Refuses a link that is unknown, used or expired, before the tool calls the platform on its behalf. */
    public void requireUsable(String token) {
        if (token == null || token.isBlank() || token.length() > LONGEST_TOKEN) {
            throw RegistrationRefused.unknownLink();
        }
        List<?> rows = em.createNativeQuery("select case when used_at is null then 0 else 1 end, "
                        + "case when expires_at > ? then 0 else 1 end from registration_link where token_hash = ?")
                .setParameter(1, Timestamp.from(clock.instant()))
                .setParameter(2, Hashes.sha256(token)).getResultList();
        if (rows.isEmpty()) {
            throw RegistrationRefused.unknownLink();
        }
        var row = (Object[]) rows.get(0);
        if (((Number) row[0]).intValue() == 1) {
            throw RegistrationRefused.usedLink();
        }
        if (((Number) row[1]).intValue() == 1) {
            throw RegistrationRefused.expiredLink();
        }
    }

    /**
     * Stores the platform's registration and uses the link up, together: if another registration used the link
     * meanwhile, or the platform's issuer and client id are already registered, neither happens.
     */
    @Transactional
    public Registration register(String token, ProposedRegistration proposed, RegistrationStatus status) {
        var now = clock.instant();
        var registration = registrations.add(proposed, status, now);
        var used = em.createNativeQuery("update registration_link set used_at = ?, registration_ref = ? "
                        + "where token_hash = ? and used_at is null and expires_at > ?")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, registration.id())
                .setParameter(3, Hashes.sha256(token))
                .setParameter(4, Timestamp.from(now))
                .executeUpdate();
        if (used != 1) {
            // Used by a registration that finished first, or expired while the platform was answering.
            requireUsable(token);
            throw RegistrationRefused.usedLink();
        }
        return registration;
    }
}
