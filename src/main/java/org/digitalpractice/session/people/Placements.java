package org.digitalpractice.session.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * The one place that reads placements (links to the tool in courses). Features ask it by what they mean (a
 * course's module links, its home links with a gradebook column of their own); the queries are named on
 * {@link Placement}.
 */
@ApplicationScoped
public class Placements {

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;

    public Optional<Placement> find(long id) {
        return Optional.ofNullable(em.find(Placement.class, id));
    }

    public Optional<Placement> find(long courseRef, String resourceLinkId) {
        return em.createNamedQuery(Placement.BY_LINK, Placement.class)
                .setParameter("c", courseRef).setParameter("r", resourceLinkId)
                .getResultStream().findFirst();
    }

    /** Links that open an activity (a module or the self-assessment), as learners' home pages list them. */
    public List<Placement> activityLinks(long courseRef) {
        return em.createNamedQuery(Placement.ACTIVITY_LINKS, Placement.class).setParameter("c", courseRef)
                .getResultList();
    }

    /** Links that open a training module, in the order they were first launched (the leads' columns). */
    public List<Placement> moduleLinks(long courseRef) {
        return em.createNamedQuery(Placement.MODULE_LINKS, Placement.class).setParameter("c", courseRef)
                .setParameter("assessment", Placement.SELF_ASSESSMENT).getResultList();
    }

    /** Links to the tool's home page that have a gradebook column of their own. */
    public List<Placement> homeLinksWithTheirOwnColumn(long courseRef) {
        return em.createNamedQuery(Placement.HOME_LINKS_WITH_COLUMN, Placement.class).setParameter("c", courseRef)
                .getResultList();
    }

    /** The oldest placement a trainer announced through Deep Linking for this activity, not yet launched. */
    Optional<Placement> announced(long courseRef, String activity) {
        return em.createNamedQuery(Placement.ANNOUNCED, Placement.class)
                .setParameter("c", courseRef).setParameter("m", activity)
                .setParameter("announced", FirstLaunchRecords.ANNOUNCED + "%")
                .setMaxResults(1).getResultStream().findFirst();
    }
}
