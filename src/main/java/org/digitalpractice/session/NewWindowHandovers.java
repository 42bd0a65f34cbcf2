package org.digitalpractice.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.digitalpractice.infrastructure.Hashes;
import org.digitalpractice.infrastructure.Secrets;
import org.digitalpractice.lti.registration.Deployment;
import org.digitalpractice.lti.launch.LaunchContext;
import org.digitalpractice.lti.launch.LoginState;
import org.digitalpractice.lti.registration.Registrations;
import org.digitalpractice.session.people.Course;
import org.digitalpractice.session.people.Person;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Hands a launch from an iframe that could keep no cookie to a new window. Re-posting the login is no answer:
 * Moodle's lti_message_hint works once and Moodle 4 offers no platform storage. So the id_token is validated in
 * the iframe as usual (state and nonce used up), its session is stored unusable, and the iframe gets a random
 * single-use code that lives a few minutes. The new window shows the person who the launch is for and opens the
 * session only when they confirm: without the binding cookie nothing proves this browser started the login, so a
 * forwarded launch (login CSRF) must not sign anyone in unseen. The session gets a fresh secret on confirmation;
 * the code, stored only as its hash, is then gone.
 */
@ApplicationScoped
public class NewWindowHandovers {

    static final Duration LIFETIME = Duration.ofMinutes(5);

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;
    @Inject
    LaunchSessions sessions;
    @Inject
    Registrations registrations;
    @Inject
    Clock clock;

    /** Who a valid code would sign in, shown before they confirm. */
    public record Pending(String name, Optional<String> email, String council, String platform,
                          Optional<String> course, ToolRole role) {
    }

    /** Opens the launch's session awaiting a new window, and returns the code that hands it over. */
    @Transactional
    public String offer(LaunchContext launch, LoginState state, Deployment deployment, Instant tokenExpiry) {
        var opened = sessions.open(launch, state, deployment, tokenExpiry, true);
        var code = Secrets.randomToken();
        em.createNativeQuery("insert into launch_handover (code_hash, session_id, expires_at) values (?, ?, ?)")
                .setParameter(1, Hashes.sha256(code))
                .setParameter(2, Hashes.sha256(opened.sessionSecret()))
                .setParameter(3, java.sql.Timestamp.from(clock.instant().plus(LIFETIME)))
                .executeUpdate();
        return code;
    }

    /** The launch a code stands for, while the code is unused and unexpired. */
    @Transactional
    public Optional<Pending> pending(String code) {
        return sessionOf(code).map(session -> {
            var person = em.find(Person.class, session.userRef());
            var deployment = registrations.deployment(person.deploymentRef()).orElseThrow();
            var course = Optional.ofNullable(session.courseRef()).map(id -> em.find(Course.class, id))
                    .flatMap(c -> Optional.ofNullable(c.title()));
            return new Pending(person.displayName(), person.email(), deployment.councilName(),
                    deployment.registration().platformName(), course, session.role());
        });
    }

    /**
     * Uses the code up and makes its session usable under a new secret. Empty when the code is unknown, used or
     * expired: two windows confirming at once cannot both win, since only one deletes the code's row.
     */
    @Transactional
    public Optional<LaunchSessions.Opened> complete(String code) {
        var session = sessionOf(code);
        if (session.isEmpty() || em.createNativeQuery("delete from launch_handover where code_hash = ? and "
                        + "expires_at > ?").setParameter(1, Hashes.sha256(code))
                .setParameter(2, java.sql.Timestamp.from(clock.instant())).executeUpdate() != 1) {
            return Optional.empty();
        }
        var secret = Secrets.randomToken();
        em.createNativeQuery("update launch_session set id = ?, awaiting_handover = ? where id = ? "
                        + "and awaiting_handover = ?")
                .setParameter(1, Hashes.sha256(secret)).setParameter(2, false)
                .setParameter(3, session.get().id()).setParameter(4, true).executeUpdate();
        return Optional.of(new LaunchSessions.Opened(secret, session.get().role(), session.get().target()));
    }

    /** Codes nobody used in time; a used code is already gone, deleted by {@link #complete(String)}. */
    @Transactional
    public int forgetExpired() {
        return em.createNativeQuery("delete from launch_handover where expires_at < ?")
                .setParameter(1, java.sql.Timestamp.from(clock.instant())).executeUpdate();
    }

    /** The unused codes of a person's sessions, for an erasure, before the sessions themselves go. */
    @Transactional
    public int forgetPerson(long userRef) {
        return em.createNativeQuery("delete from launch_handover where session_id in "
                + "(select id from launch_session where user_ref = ?)").setParameter(1, userRef).executeUpdate();
    }

    private Optional<LaunchSession> sessionOf(String code) {
        if (code == null || code.isBlank() || code.length() > 100) {
            return Optional.empty();
        }
        List<?> found = em.createNativeQuery("select session_id from launch_handover where code_hash = ? and "
                        + "expires_at > ?").setParameter(1, Hashes.sha256(code))
                .setParameter(2, java.sql.Timestamp.from(clock.instant())).getResultList();
        return found.stream().findFirst().map(id -> em.find(LaunchSession.class, (String) id))
                .filter(LaunchSession::awaitingHandover);
    }
}
