package org.digitalpractice.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.digitalpractice.infrastructure.Hashes;
import org.digitalpractice.infrastructure.Secrets;
import org.digitalpractice.infrastructure.Settings;
import org.digitalpractice.lti.registration.Deployment;
import org.digitalpractice.lti.launch.LaunchContext;
import org.digitalpractice.lti.launch.LoginState;
import org.digitalpractice.lti.launch.SingleUse;
import org.digitalpractice.session.people.Course;
import org.digitalpractice.session.people.FirstLaunchRecords;
import org.digitalpractice.session.people.Person;
import org.digitalpractice.session.people.PersonDeIdentified;
import org.digitalpractice.session.people.Placement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Opens a session for a validated launch, and finds it again from the secret the browser presents. */
@ApplicationScoped
public class LaunchSessions {

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;

    @Inject
    FirstLaunchRecords records;
    @Inject
    SingleUse singleUse;
    @Inject
    Settings settings;
    @Inject
    Clock clock;
    @Inject
    jakarta.enterprise.event.Event<LinkOpened> linksOpened;
    @Inject
    LaunchOutcomes outcomes;

    /** The result of a launch: the secret for the browser, and where to send it. */
    public record Opened(String sessionSecret, ToolRole role, String destination) {
    }

    /**
     * Uses up the state and the nonce first, in this transaction: a replay fails here, before anything is written.
     */
    @Transactional
    public Opened open(LaunchContext launch, LoginState state, Deployment deployment, Instant tokenExpiry) {
        return open(launch, state, deployment, tokenExpiry, false);
    }

    /**
     * As {@link #open(LaunchContext, LoginState, Deployment, Instant)}, for a session that waits for a new window
     * to take it over ({@link NewWindowHandovers}); until then it opens for nobody.
     */
    @Transactional
    public Opened open(LaunchContext launch, LoginState state, Deployment deployment, Instant tokenExpiry,
                       boolean awaitingHandover) {
        singleUse.consume("state", state.id(), state.expiresAt());
        singleUse.consume("nonce", launch.issuer() + " " + state.nonce(),
                tokenExpiry.plus(Duration.ofMinutes(10)));
        var now = clock.instant();
        var person = records.person(deployment.id(), launch.subject());
        person.seen(launch.person().displayName(), launch.person().email().orElse(null), now);
        Course course = null;
        Placement placement = null;
        if (launch.context().isPresent()) {
            var context = launch.context().get();
            course = records.course(deployment.id(), context.id());
            course.describe(context.title().orElse(null), context.label().orElse(null));
            course.offersRoster(launch.membershipsUrl().orElse(null));
            course.offersGroups(launch.groupsService());
            if (launch.resourceLink().isPresent()) {
                placement = records.placement(course.id(), launch.resourceLink().get().id(),
                        LaunchRouting.moduleOf(launch));
                placement.describe(launch.resourceLink().get().title().orElse(null),
                        LaunchRouting.moduleOf(launch).orElse(null));
                placement.connect(launch.ags(), launch.custom().get("gradebook"),
                        launch.custom().get("progress_scores"));
                placement.due(launch.custom().get("due_date"));
            }
        }
        var role = RoleMapping.roleFor(launch.roles(), deployment.registration().roleOverrides());
        var secret = Secrets.randomToken();
        var destination = LaunchRouting.destination(launch, role);
        em.persist(new LaunchSession(Hashes.sha256(secret), person.id(),
                course == null ? null : course.id(), placement == null ? null : placement.id(), role,
                launch.messageType(), destination, launch.keptClaims(), now, now.plus(settings.sessionLifetime()),
                awaitingHandover));
        if (placement != null && role == ToolRole.LEARNER && placement.moduleSlug().isPresent()) {
            linksOpened.fire(new LinkOpened(deployment.id(), person.id(), placement.id(), placement.moduleSlug().get()));
        }
        var opened = new Opened(secret, role, destination);
        outcomes.accepted(opened);
        return opened;
    }

    /**
     * One query for everything a page needs to know about its viewer: every page asks, and outside a transaction
     * each separate read would take its own connection and persistence context (docs/benchmarks.md).
     */
    public Optional<Viewer> find(String sessionSecret) {
        var found = em.createQuery("select s, p, r, d, c, pl from LaunchSession s "
                        + "join Person p on p.id = s.userRef "
                        + "join Deployment d on d.id = p.deploymentRef join d.registration r "
                        + "left join Course c on c.id = s.courseRef "
                        + "left join Placement pl on pl.id = s.placementRef "
                        + "where s.id = :id", Object[].class)
                .setParameter("id", Hashes.sha256(sessionSecret))
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var row = found.get();
        var session = (LaunchSession) row[0];
        if (session.awaitingHandover() || session.expiresAt().isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(new Viewer(session, sessionSecret, (Person) row[1], (Deployment) row[3],
                Optional.ofNullable((Course) row[4]), Optional.ofNullable((Placement) row[5])));
    }

    /** Sessions past their end: they open nothing, and older ones hold a launch's whole claim set. */
    @Transactional
    public int forgetExpired() {
        return em.createQuery("delete from LaunchSession s where s.expiresAt < :now")
                .setParameter("now", clock.instant())
                .executeUpdate();
    }

    /** Every session of a person whose data is being de-identified, expired or not. */
    @Transactional
    public int forgetPerson(long userRef) {
        return em.createQuery("delete from LaunchSession s where s.userRef = :u")
                .setParameter("u", userRef)
                .executeUpdate();
    }

    /** A de-identified person's sessions end with their record's identity, whoever de-identified them. */
    void forget(@Observes PersonDeIdentified person) {
        forgetPerson(person.personRef());
    }
}
