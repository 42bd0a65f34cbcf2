package org.digitalpractice.lti.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The tool's signing keys and their rotation. A new key is published {@code publishLead} before it signs, so that
 * platforms caching our JWKS already know it; a replaced key stays published for {@code retention}, longer than
 * anything it signed stays valid.
 */
@ApplicationScoped
public class ToolKeys {

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "dp.keys.publish-lead-minutes", defaultValue = "60")
    long publishLeadMinutes;

    @Inject
    @ConfigProperty(name = "dp.keys.retention-minutes", defaultValue = "120")
    long retentionMinutes;

    @Inject
    @ConfigProperty(name = "dp.keys.rotation-days", defaultValue = "90")
    long rotationDays;

    /** On first start there is nothing to wait for: the first key signs at once. */
    @Transactional
    public void ensureSigningKey() {
        if (keys().isEmpty()) {
            em.persist(new ToolKey(generate(), clock.instant(), clock.instant()));
        }
    }

    /** The key to sign with now: the newest whose time has come. Also called from worker threads, hence the transaction. */
    @Transactional
    public RSAKey signingKey() {
        return new KeyRing(keys()).signing(clock.instant())
                .map(ToolKey::rsaKey)
                .orElseThrow(() -> new IllegalStateException("The tool has no signing key yet"));
    }

    /** What /.well-known/jwks.json serves: public halves only. */
    @Transactional
    public JWKSet publishedKeys() {
        return new JWKSet(new KeyRing(keys()).published(clock.instant()).stream()
                .map(k -> (com.nimbusds.jose.jwk.JWK) k.rsaKey().toPublicJWK())
                .toList());
    }

    /** Starts a rotation now: publishes a new key that will sign after the publish lead. */
    @Transactional
    public ToolKey rotate() {
        var now = clock.instant();
        var next = new ToolKey(generate(), now, now.plus(Duration.ofMinutes(publishLeadMinutes)));
        em.persist(next);
        return next;
    }

    /** A key as the people who run the tool see it: which part it plays now. */
    public record KeyState(String kid, Role role, Instant createdAt, Instant signsFrom, Instant publishedUntil) {
        public enum Role { CURRENT, NEXT, RETIRED }
    }

    /** Every key the tool holds: the one signing now, the one waiting to sign, and replaced ones still published. */
    @Transactional
    public List<KeyState> overview() {
        var now = clock.instant();
        var ring = new KeyRing(keys());
        var signing = ring.signing(now).map(ToolKey::kid).orElse(null);
        return keys().stream()
                .map(k -> new KeyState(k.kid(), k.kid().equals(signing) ? KeyState.Role.CURRENT
                        : k.signsFrom().isAfter(now) ? KeyState.Role.NEXT : KeyState.Role.RETIRED,
                        k.createdAt(), k.signsFrom(), k.publishedUntil()))
                .sorted(java.util.Comparator.comparing(KeyState::signsFrom).reversed())
                .toList();
    }

    /**
     * Starts a rotation at once, as when a key may have leaked: a new key is published now and signs after the
     * publish lead. Empty, and nothing made, when a new key is already waiting to sign.
     */
    @Transactional
    public java.util.Optional<ToolKey> rotateNow() {
        var now = clock.instant();
        if (keys().stream().anyMatch(k -> k.signsFrom().isAfter(now))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(rotate());
    }

    /** Rotates when the signing key is old, retires replaced keys, and forgets keys nobody can need any more. */
    @Transactional
    public void maintain() {
        var now = clock.instant();
        var ring = new KeyRing(keys());
        if (ring.rotationDue(now, Duration.ofDays(rotationDays))) {
            rotate();
        }
        ring.retireReplaced(now, Duration.ofMinutes(retentionMinutes));
        ring.forgettable(now).forEach(em::remove);
    }

    List<ToolKey> keys() {
        return em.createQuery("select k from ToolKey k", ToolKey.class).getResultList();
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA key", e);
        }
    }
}
