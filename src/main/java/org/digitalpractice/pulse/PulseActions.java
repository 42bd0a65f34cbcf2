package org.digitalpractice.pulse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Optional;

/** What each council's leads say they are doing about a quarter's pulse. */
@ApplicationScoped
public class PulseActions {

    /** As long as a short statement to a workforce; the column holds this much. */
    public static final int LIMIT = 2000;

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    PulseActions self;

    public Optional<PulseAction> of(long deploymentRef, Quarter quarter) {
        return em.createQuery("select a from PulseAction a where a.deploymentRef = :d and a.quarter = :q",
                        PulseAction.class)
                .setParameter("d", deploymentRef).setParameter("q", quarter.code()).getResultStream().findFirst();
    }

    /** The newest the council has written about any quarter up to this one: what learners see on the start page. */
    public Optional<PulseAction> latest(long deploymentRef, Quarter upTo) {
        // Quarter codes are "yyyy-Qn", so their text order is their time order.
        return em.createQuery("select a from PulseAction a where a.deploymentRef = :d and a.quarter <= :q "
                        + "order by a.quarter desc", PulseAction.class)
                .setParameter("d", deploymentRef).setParameter("q", upTo.code()).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Sets the council's words for the quarter; blank words remove them. Two leads saving at once: the later wins. */
    public void save(long deploymentRef, Quarter quarter, String text) {
        if (text.isBlank()) {
            self.remove(deploymentRef, quarter);
            return;
        }
        if (of(deploymentRef, quarter).isEmpty()) {
            try {
                self.insert(new PulseAction(deploymentRef, quarter, text, clock.instant()));
                return;
            } catch (RuntimeException lostRace) {
                // another lead wrote it at the same moment: change theirs below
            }
        }
        self.change(deploymentRef, quarter, text);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(PulseAction action) {
        em.persist(action);
        em.flush();
    }

    @Transactional
    public void change(long deploymentRef, Quarter quarter, String text) {
        em.createQuery("select a from PulseAction a where a.deploymentRef = :d and a.quarter = :q", PulseAction.class)
                .setParameter("d", deploymentRef).setParameter("q", quarter.code())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult().change(text, clock.instant());
    }

    @Transactional
    public void remove(long deploymentRef, Quarter quarter) {
        em.createQuery("delete from PulseAction a where a.deploymentRef = :d and a.quarter = :q")
                .setParameter("d", deploymentRef).setParameter("q", quarter.code()).executeUpdate();
    }
}
