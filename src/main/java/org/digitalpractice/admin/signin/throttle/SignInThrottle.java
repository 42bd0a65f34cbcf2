package org.digitalpractice.admin.signin.throttle;

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
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The two ceilings on failed sign-ins that no single account's lockout gives: one per client address (the address
 * Payara sees; the tool trusts no forwarding header, as nothing configures which proxy to trust), and one for
 * everyone in a minute. While either is reached, a sign-in is refused before anything is checked, even with the
 * right password, so guessing gains nothing from it; refused sign-ins are not counted, so waiting ends it.
 */
@ApplicationScoped
public class SignInThrottle {

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "dp.admin.throttle.address-attempts", defaultValue = "20")
    int addressAttempts;
    @Inject
    @ConfigProperty(name = "dp.admin.throttle.address-minutes", defaultValue = "15")
    long addressMinutes;
    @Inject
    @ConfigProperty(name = "dp.admin.throttle.per-minute", defaultValue = "100")
    int perMinute;

    public Ceiling perAddress() {
        return new Ceiling(addressAttempts, Duration.ofMinutes(addressMinutes));
    }

    public Ceiling everyone() {
        return new Ceiling(perMinute, Duration.ofMinutes(1));
    }

    /** Until when sign-ins from this address are refused; empty when one may be checked now. */
    @Transactional
    public Optional<Instant> refusedUntil(String clientAddress) {
        var now = clock.instant();
        var byAddress = perAddress().refusedUntil(newest(perAddress(), now, address(clientAddress)), now);
        var byEveryone = everyone().refusedUntil(newest(everyone(), now, null), now);
        return Stream.of(byAddress, byEveryone).flatMap(Optional::stream).max(Instant::compareTo);
    }

    /** Counts a failed sign-in, in the transaction of the attempt; failures too old to count go meanwhile. */
    @Transactional
    public void failed(String clientAddress) {
        var now = clock.instant();
        var oldest = Stream.of(perAddress().countsFrom(now), everyone().countsFrom(now)).min(Instant::compareTo)
                .orElseThrow();
        em.createQuery("delete from SignInFailure f where f.failedAt < :oldest").setParameter("oldest", oldest)
                .executeUpdate();
        em.persist(new SignInFailure(now, address(clientAddress)));
    }

    /** The newest failures that count under a ceiling, as many as it allows: enough to say until when. */
    private List<Instant> newest(Ceiling ceiling, Instant now, String clientAddress) {
        var query = em.createQuery("select f.failedAt from SignInFailure f where f.failedAt > :from"
                + (clientAddress == null ? "" : " and f.clientAddress = :address")
                + " order by f.failedAt desc", Instant.class).setParameter("from", ceiling.countsFrom(now));
        if (clientAddress != null) {
            query.setParameter("address", clientAddress);
        }
        return query.setMaxResults(ceiling.allowed()).getResultList();
    }

    private static String address(String clientAddress) {
        if (clientAddress == null || clientAddress.isBlank()) {
            return "unknown";
        }
        return clientAddress.length() <= SignInFailure.LONGEST_ADDRESS ? clientAddress
                : clientAddress.substring(0, SignInFailure.LONGEST_ADDRESS);
    }
}
