package org.digitalpractice.session.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.digitalpractice.infrastructure.Secrets;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * People, courses and placements are created by their first launch, often by a whole team at 9:00. Each insert
 * runs in its own transaction against a unique key; the loser of a race simply reads the winner's row.
 */
@ApplicationScoped
public class FirstLaunchRecords {

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FirstLaunchRecords self;
    @Inject
    Placements placements;

    public Person person(long deploymentRef, String subject) {
        return insertOrFetch(() -> findPerson(deploymentRef, subject),
                () -> self.insert(new Person(deploymentRef, subject, clock.instant())));
    }

    public Course course(long deploymentRef, String contextId) {
        return insertOrFetch(() -> findCourse(deploymentRef, contextId),
                () -> self.insert(new Course(deploymentRef, contextId, clock.instant())));
    }

    public Placement placement(long courseRef, String resourceLinkId) {
        return insertOrFetch(() -> findPlacement(courseRef, resourceLinkId),
                () -> self.insert(new Placement(courseRef, resourceLinkId, clock.instant())));
    }

    /**
     * The placement of a link's first launch. When a trainer placed this activity through Deep Linking, the
     * platform never told us the link's id; the placement made then is taken over by the first launch of a link
     * to the same activity in the course, so the lead's view keeps its column, due date and history.
     */
    public Placement placement(long courseRef, String resourceLinkId, Optional<String> activity) {
        var existing = findPlacement(courseRef, resourceLinkId);
        if (existing.isPresent()) {
            return em.merge(existing.get());
        }
        activity.ifPresent(key -> self.claimAnnounced(courseRef, key, resourceLinkId));
        return placement(courseRef, resourceLinkId);
    }

    /** Records an activity a trainer placed through Deep Linking, until a launch shows its link's id. */
    @Transactional
    public void announce(long courseRef, String activity, String title, String gradebookMode,
                         Optional<java.time.LocalDate> due) {
        var placement = new Placement(courseRef, ANNOUNCED + Secrets.randomToken(), clock.instant());
        placement.describe(title, activity);
        placement.connect(Optional.empty(), gradebookMode, null);
        placement.due(due.map(Object::toString).orElse(null));
        em.persist(placement);
    }

    /** Two first launches at once may both try: the guarded update lets one take it, the other makes its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void claimAnnounced(long courseRef, String activity, String resourceLinkId) {
        placements.announced(courseRef, activity).ifPresent(announced -> em.createQuery("update Placement p set p.resourceLinkId = :real "
                        + "where p.id = :id and p.resourceLinkId = :announced")
                .setParameter("real", resourceLinkId).setParameter("id", announced.id())
                .setParameter("announced", announced.resourceLinkId()).executeUpdate());
    }

    /** The prefix of a placement whose link has not been launched yet. */
    public static final String ANNOUNCED = "announced:";

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T insert(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    private <T> T insertOrFetch(Supplier<Optional<T>> find, Supplier<T> insert) {
        var existing = find.get();
        if (existing.isPresent()) {
            return em.merge(existing.get());
        }
        try {
            insert.get();
        } catch (RuntimeException lostRace) {
            // another launch inserted the same natural key first
        }
        return find.get().map(em::merge).orElseThrow(() ->
                new IllegalStateException("A first-launch record could be neither inserted nor found"));
    }

    Optional<Person> findPerson(long deploymentRef, String subject) {
        return em.createQuery("select p from Person p where p.deploymentRef = :d and p.subject = :s", Person.class)
                .setParameter("d", deploymentRef).setParameter("s", subject)
                .getResultStream().findFirst();
    }

    Optional<Course> findCourse(long deploymentRef, String contextId) {
        return em.createQuery("select c from Course c where c.deploymentRef = :d and c.contextId = :c", Course.class)
                .setParameter("d", deploymentRef).setParameter("c", contextId)
                .getResultStream().findFirst();
    }

    Optional<Placement> findPlacement(long courseRef, String resourceLinkId) {
        return placements.find(courseRef, resourceLinkId);
    }
}
