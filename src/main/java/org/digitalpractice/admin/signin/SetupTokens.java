package org.digitalpractice.admin.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.digitalpractice.infrastructure.Hashes;
import org.digitalpractice.infrastructure.Secrets;
import org.digitalpractice.infrastructure.Settings;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * The way in to a console that has no administrator yet. A node that starts while there is none prints a new setup
 * token to its log (only its hash is stored); whoever can read the server's log can make the first administrator
 * with it, once. Every node's token works until then, so two nodes starting together do not lock each other out;
 * making the first administrator deletes them all, and the next start prints none.
 */
@ApplicationScoped
public class SetupTokens {

    private static final Logger LOG = Logger.getLogger(SetupTokens.class.getName());
    static final String LOCK = "administrator-setup";

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;
    @Inject
    Administrators administrators;
    @Inject
    Passwords passwords;
    @Inject
    Settings settings;
    @Inject
    Clock clock;

    /** Why the setup page could not make the first administrator. */
    public static class Refused extends RuntimeException {
        private final boolean alreadySetUp;

        Refused(boolean alreadySetUp, String message) {
            super(message);
            this.alreadySetUp = alreadySetUp;
        }

        public boolean alreadySetUp() {
            return alreadySetUp;
        }
    }

    /** At start ({@link FirstStart}): prints a new setup token while there is no administrator. */
    @Transactional
    public void issueIfNoAdministrator() {
        if (administrators.count() > 0) {
            return;
        }
        var token = Secrets.randomToken();
        em.createNativeQuery("insert into administrator_setup (token_hash, created_at) values (?, ?)")
                .setParameter(1, Hashes.sha256(token))
                .setParameter(2, Timestamp.from(clock.instant()))
                .executeUpdate();
        LOG.warning("The console has no administrator yet. Open " + settings.toolUrl("/admin/setup")
                + " and enter this one-time setup token to create the first one: " + token);
    }

    /**
     * Makes the first administrator with a setup token, from a form already checked. Nodes take turns on a row
     * lock, so two people racing with two tokens cannot both become the first.
     */
    @Transactional(dontRollbackOn = {Refused.class, Administrators.Refused.class})
    public Administrator use(String token, NewAdministratorForm form) {
        em.createNativeQuery("select name from cluster_lock where name = ? for update")
                .setParameter(1, LOCK).getResultList();
        if (administrators.count() > 0) {
            throw new Refused(true, "The console already has an administrator, so setup tokens no longer work");
        }
        var known = token != null && token.length() <= 100 && !em.createNativeQuery(
                        "select token_hash from administrator_setup where token_hash = ?")
                .setParameter(1, Hashes.sha256(token.strip())).getResultList().isEmpty();
        if (!known) {
            throw new Refused(false, "The setup token is not right: copy it from the server's log, where it was "
                    + "printed when the tool started");
        }
        var first = administrators.add(form, "setup token");
        em.createNativeQuery("delete from administrator_setup").executeUpdate();
        return first;
    }
}
