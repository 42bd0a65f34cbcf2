package org.digitalpractice.admin.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The console's administrators: added and removed by each other, the first one by a setup token. */
@ApplicationScoped
public class Administrators {

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;
    @Inject
    Passwords passwords;
    @Inject
    Clock clock;

    /** Why an administrator could not be added or removed, in words for the form or page. */
    public static class Refused extends RuntimeException {
        private final String field;

        Refused(String field, String message) {
            super(message);
            this.field = field;
        }

        public FieldError error() {
            return new FieldError(field, getMessage());
        }
    }

    @Transactional
    public long count() {
        return em.createQuery("select count(a) from Administrator a", Long.class).getSingleResult();
    }

    @Transactional
    public List<Administrator> all() {
        return em.createQuery("select a from Administrator a order by a.fullName, a.username", Administrator.class)
                .getResultList();
    }

    @Transactional
    public Optional<Administrator> find(long id) {
        return Optional.ofNullable(em.find(Administrator.class, id));
    }

    /** The account with this sign-in name, locked for the caller's transaction (failures must all count). */
    Optional<Administrator> lockByUsername(String username) {
        return em.createQuery("select a from Administrator a where a.username = :u", Administrator.class)
                .setParameter("u", username).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /**
     * Adds an administrator from a form already checked; refuses a username that is taken. A refusal leaves the
     * caller's transaction usable, so that its page can still read what it shows (the audit trail's transaction
     * then rolls back, as for any 4xx).
     */
    @Transactional(dontRollbackOn = Refused.class)
    public Administrator add(NewAdministratorForm form, String addedBy) {
        if (!em.createQuery("select a.id from Administrator a where a.username = :u", Long.class)
                .setParameter("u", form.username()).getResultList().isEmpty()) {
            throw new Refused("username", "There is already an administrator with the username " + form.username());
        }
        var added = new Administrator(form.username(), form.fullName(), passwords.hash(form.password()),
                clock.instant(), addedBy);
        em.persist(added);
        // Two administrators adding the same username at once: the unique key refuses the second here.
        em.flush();
        return added;
    }

    /**
     * Removes another administrator, and with them their sessions. Nobody removes themselves, so the console always
     * keeps one administrator who can sign in.
     */
    @Transactional(dontRollbackOn = Refused.class)
    public Administrator remove(long id, long removedBy) {
        if (id == removedBy) {
            throw new Refused("remove", "You cannot remove yourself: ask another administrator to do it");
        }
        var administrator = em.find(Administrator.class, id);
        if (administrator == null) {
            throw new Refused("remove", "There is no administrator " + id + ": they may have been removed already");
        }
        em.createNativeQuery("delete from administrator_session where administrator_ref = ?")
                .setParameter(1, id).executeUpdate();
        em.remove(administrator);
        return administrator;
    }
}
