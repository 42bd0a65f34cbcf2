package org.digitalpractice.admin.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * Writes and reads the audit log. Entries are never changed; retention deletes them once they are older than the
 * council's period for logs ({@code dp.retention.log-days}).
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;
    @Inject
    Clock clock;

    /**
     * Writes an entry in the transaction of the action it records, so that they commit or roll back together:
     * there is no entry without its action, nor an action without its entry.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action) {
        em.persist(new AuditLogEntry(clock.instant(), actor, action));
        // A constraint broken by the action or the entry fails here, where the caller can still refuse, not at commit.
        em.flush();
    }

    /** Commits an entry at once, alone: for an action that commits in steps of its own ({@code Audited#inSteps}). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAlone(String actor, String action) {
        em.persist(new AuditLogEntry(clock.instant(), actor, action));
    }

    /** Deletes the entries made before this moment, for retention; answers how many. */
    @Transactional
    public int forgetBefore(java.time.Instant before) {
        return em.createQuery("delete from AuditLogEntry e where e.at < :before")
                .setParameter("before", before).executeUpdate();
    }

    /** How many entries there are, for the console's pages of the log. */
    public long count() {
        return em.createQuery("select count(e) from AuditLogEntry e", Long.class).getSingleResult();
    }

    /** One page of entries, newest first: page 1 holds the newest {@code size}. */
    public List<AuditLogEntry> page(int number, int size) {
        return em.createQuery("select e from AuditLogEntry e order by e.at desc, e.id desc", AuditLogEntry.class)
                .setFirstResult((number - 1) * size).setMaxResults(size).getResultList();
    }
}
