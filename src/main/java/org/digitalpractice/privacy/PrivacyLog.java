package org.digitalpractice.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.digitalpractice.infrastructure.ActingAdministrator;

import java.time.Clock;
import java.util.List;

/**
 * The log of subject access exports and erasures: who asked (the console's administrator by their sign-in name, or
 * the administration API), when and in which council, never about whom.
 */
@ApplicationScoped
public class PrivacyLog {

    static final int PAGE_SIZE = 200;

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    ActingAdministrator acting;

    /** Written in the transaction of what it records, when there is one, so an erasure and its entry go together. */
    @Transactional
    public void record(PrivacyLogEntry.Action action, long deploymentRef) {
        em.persist(new PrivacyLogEntry(clock.instant(), action, acting.name(), deploymentRef));
    }

    /** Deletes the entries made before this moment, for retention; answers how many. */
    @Transactional
    public int forgetBefore(java.time.Instant before) {
        return em.createQuery("delete from PrivacyLogEntry e where e.at < :before")
                .setParameter("before", before).executeUpdate();
    }

    /** How many entries there are, for the console's pages of the log. */
    public long count() {
        return em.createQuery("select count(e) from PrivacyLogEntry e", Long.class).getSingleResult();
    }

    /** One page of entries, newest first: page 1 holds the newest {@code size}. */
    public List<PrivacyLogEntry> page(int number, int size) {
        return em.createQuery("select e from PrivacyLogEntry e order by e.at desc, e.id desc", PrivacyLogEntry.class)
                .setFirstResult((number - 1) * size).setMaxResults(size).getResultList();
    }

    /** The newest entries first. */
    public List<PrivacyLogEntry> recent() {
        return em.createQuery("select e from PrivacyLogEntry e order by e.at desc, e.id desc", PrivacyLogEntry.class)
                .setMaxResults(PAGE_SIZE).getResultList();
    }
}
