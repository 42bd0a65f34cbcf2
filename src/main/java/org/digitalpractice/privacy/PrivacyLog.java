package org.digitalpractice.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/** The log of subject access exports and erasures: who asked, when and in which council, never about whom. */
@ApplicationScoped
public class PrivacyLog {

    /**
     * The administration API has one token for the whole installation and no sign-in, so the log cannot name the
     * administrator; it says it was one.
     */
    public static final String ADMINISTRATOR = "administrator";
    static final int PAGE_SIZE = 200;

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;
    @Inject
    Clock clock;

    /** Written in the transaction of what it records, when there is one, so an erasure and its entry go together. */
    @Transactional
    public void record(PrivacyLogEntry.Action action, long deploymentRef) {
        em.persist(new PrivacyLogEntry(clock.instant(), action, ADMINISTRATOR, deploymentRef));
    }

    /** The newest entries first. */
    public List<PrivacyLogEntry> recent() {
        return em.createQuery("select e from PrivacyLogEntry e order by e.at desc, e.id desc", PrivacyLogEntry.class)
                .setMaxResults(PAGE_SIZE).getResultList();
    }
}
