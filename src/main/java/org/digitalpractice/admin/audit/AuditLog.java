package org.digitalpractice.admin.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/** Writes and reads the audit log. Entries are never changed or deleted by the tool. */
@ApplicationScoped
public class AuditLog {

    public static final int PAGE_SIZE = 200;

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String actor, String action) {
        em.persist(new AuditLogEntry(clock.instant(), actor, action));
    }

    /** The newest entries first. */
    @Transactional
    public List<AuditLogEntry> recent() {
        return em.createQuery("select e from AuditLogEntry e order by e.at desc, e.id desc", AuditLogEntry.class)
                .setMaxResults(PAGE_SIZE).getResultList();
    }
}
