package org.digitalpractice.session.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.UUID;

/**
 * People as a matter of data protection: finding someone by their platform id to de-identify them. Their row
 * stays, since progress, answers and scores point to it, but it no longer names them or leads back to their
 * platform account.
 */
@ApplicationScoped
public class People {

    /** Marks a de-identified record; a platform's sub never starts like this, so no launch can find it again. */
    public static final String ERASED = "erased:";
    /**
     * What replaces an erased person's name where it was stored as text (as the lead who set a due date, the
     * trainer who changed a module), so that the row still says a person did it but no longer who.
     */
    public static final String NAME_REMOVED = "(name removed)";

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;
    @Inject
    Event<PersonDeIdentified> deIdentified;

    /**
     * The person, locked until the caller's transaction ends: a launch by them meanwhile waits, then finds no
     * record under their sub and starts a new one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Person> lock(long deploymentRef, String subject) {
        return em.createQuery("select p from Person p where p.deploymentRef = :d and p.subject = :s", Person.class)
                .setParameter("d", deploymentRef).setParameter("s", subject)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** The person with this record id, locked until the caller's transaction ends, as {@link #lock(long, String)}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Person> lock(long id) {
        return Optional.ofNullable(em.find(Person.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Whether the record was de-identified already, by retention or an erasure: nothing in it says who it was. */
    public static boolean erased(Person person) {
        return person.subject().startsWith(ERASED);
    }

    /** Replaces the platform id with a random one, removes name and email, and ends every session. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void anonymise(Person person) {
        deIdentified.fire(new PersonDeIdentified(person.id()));
        person.anonymise(ERASED + UUID.randomUUID());
    }
}
