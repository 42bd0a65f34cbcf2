package org.digitalpractice.catalogue.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.digitalpractice.session.people.People;
import org.digitalpractice.session.Viewer;

import java.time.Clock;
import java.util.List;

/** Who did what to a council's modules. Entries are written in the transaction of the action they record. */
@ApplicationScoped
public class AuditTrail {

    public static final int PAGE_SIZE = 200;

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Viewer viewer, AuditEntry.Action action, String slug, Integer versionNumber, String detail) {
        em.persist(new AuditEntry(viewer.deployment().id(), clock.instant(), viewer.person().displayName(), action,
                slug, versionNumber, detail));
    }

    /** The council's newest entries first. */
    public List<AuditEntry> of(long deploymentRef) {
        return em.createQuery("select a from AuditEntry a where a.deploymentRef = :d order by a.at desc, a.id desc",
                        AuditEntry.class)
                .setParameter("d", deploymentRef).setMaxResults(PAGE_SIZE).getResultList();
    }

    /**
     * Takes an erased trainer's name off their council's entries: each entry still says what was done and when, by
     * someone no longer named. Names are stored as text, so every entry under the same name in the council goes too.
     */
    @Transactional
    public int forgetName(long deploymentRef, String name) {
        return em.createQuery("update AuditEntry a set a.person = :removed where a.deploymentRef = :d and a.person = :n")
                .setParameter("removed", People.NAME_REMOVED).setParameter("d", deploymentRef).setParameter("n", name)
                .executeUpdate();
    }
}
