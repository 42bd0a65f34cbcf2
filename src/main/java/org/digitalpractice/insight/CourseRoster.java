package org.digitalpractice.insight;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.digitalpractice.infrastructure.Database;
import org.digitalpractice.lti.services.AccessTokens;
import org.digitalpractice.lti.services.NrpsClient;
import org.digitalpractice.lti.services.PlatformServices;
import org.digitalpractice.lti.registration.Registrations;
import org.digitalpractice.session.people.Course;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A course's roster from the platform (NRPS): every page fetched, kept as the current members with a snapshot of
 * each fetch and what changed, then the course's teams ({@link CourseGroups}) when the platform gives them.
 * Refreshed when a lead looks (at most every few minutes) and on a schedule.
 */
@ApplicationScoped
public class CourseRoster {

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;
    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;
    @Inject
    PlatformServices services;
    @Inject
    Registrations registrations;
    @Inject
    CourseRoster self;
    /** Refreshes by outcome on this node, for the operators' metrics. */
    @Inject
    org.digitalpractice.infrastructure.Counters counters;
    @Inject
    CourseGroups groups;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "dp.roster.max-age-seconds", defaultValue = "300")
    long maxAgeSeconds;

    /** Someone on the roster, as a lead sees them. */
    /** One person on a course's roster; {@code learner} when the platform gives them a learner role. */
    public record Entry(String userId, Optional<String> name, Optional<String> email, String status,
                        Optional<Instant> leftAt, boolean learner) {
    }

    /** The latest snapshot, fetching a new one first if the last is older than the allowed age. */
    public Optional<RosterSnapshot> current(long courseRef) {
        var latest = self.latest(courseRef);
        if (latest.isEmpty() || latest.get().fetchedAt().isBefore(clock.instant().minusSeconds(maxAgeSeconds))) {
            return refresh(courseRef).or(() -> latest);
        }
        return latest;
    }

    /** Fetches the whole roster now; records the snapshot, or the problem that stopped it. */
    public Optional<RosterSnapshot> refresh(long courseRef) {
        var source = self.source(courseRef);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        String token;
        try {
            token = services.tokens().token(source.get().client(), Set.of(NrpsClient.SCOPE));
        } catch (AccessTokens.NotGranted notGranted) {
            return Optional.of(self.record(courseRef, null, "The platform did not give Digital Practice an access "
                    + "token for the roster: " + notGranted.call().reason()));
        }
        var roster = services.nrps().members(source.get().url(), token);
        if (roster.failure().isPresent()) {
            return Optional.of(self.record(courseRef, null, "The roster could not be fetched completely ("
                    + roster.pages() + " pages read): " + roster.failure().get().reason()
                    + ". The last complete roster is shown."));
        }
        var snapshot = self.record(courseRef, roster, null);
        // Teams after the roster, so that each person on the course now is asked about, and nobody who left.
        groups.refresh(courseRef);
        return Optional.of(snapshot);
    }

    /** Where to fetch a course's roster from, if its launches offered the service. */
    @Transactional
    public Optional<ServiceAddress> source(long courseRef) {
        var course = em.find(Course.class, courseRef);
        return course == null ? Optional.empty() : ServiceAddress.of(course, course.membershipsUrl(), registrations);
    }

    @Transactional
    public Optional<RosterSnapshot> latest(long courseRef) {
        return em.createQuery("select s from RosterSnapshot s where s.courseRef = :c and s.problem is null "
                        + "order by s.fetchedAt desc, s.id desc", RosterSnapshot.class)
                .setParameter("c", courseRef).setMaxResults(1).getResultStream().findFirst();
    }

    /** Applies a fetched roster: the changes since the last one, the members now, and the snapshot. */
    @Transactional
    public RosterSnapshot record(long courseRef, NrpsClient.Roster roster, String problem) {
        var now = clock.instant();
        counters.increment("dp_roster_refreshes", "outcome", roster == null ? "failed" : "fetched");
        if (roster == null) {
            var failed = new RosterSnapshot(courseRef, now, 0, 0, 0, 0, 0, problem);
            em.persist(failed);
            return failed;
        }
        var before = members(courseRef);
        var fetched = roster.members().stream().map(m -> new RosterDiff.Member(m.userId(), m.name(), m.email(),
                m.roles(), m.status(), false)).toList();
        var changes = RosterDiff.between(before, fetched);
        var snapshot = new RosterSnapshot(courseRef, now, fetched.size(),
                count(changes, RosterDiff.Kind.JOINED), count(changes, RosterDiff.Kind.LEFT),
                count(changes, RosterDiff.Kind.CHANGED), roster.pages(), null);
        em.persist(snapshot);
        em.flush();
        var leavers = new HashMap<String, RosterDiff.Change>();
        changes.stream().filter(c -> c.kind() == RosterDiff.Kind.LEFT).forEach(c -> leavers.put(c.userId(), c));
        try (var connection = dataSource.getConnection()) {
            try (var change = connection.prepareStatement(
                    "insert into roster_change (snapshot_ref, user_id, kind, detail) values (?, ?, ?, ?)")) {
                for (var c : changes) {
                    change.setLong(1, snapshot.id());
                    change.setString(2, c.userId());
                    change.setString(3, c.kind().name());
                    change.setString(4, c.detail());
                    change.addBatch();
                }
                change.executeBatch();
            }
            try (var update = connection.prepareStatement("update roster_member set display_name = ?, email = ?, "
                    + "roles = ?, status = ?, last_seen = ?, left_at = ? where course_ref = ? and user_id = ?");
                 var insert = connection.prepareStatement("insert into roster_member (course_ref, user_id, "
                         + "display_name, email, roles, status, first_seen, last_seen, left_at) "
                         + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (var member : fetched) {
                    var leftAt = "Active".equals(member.status()) ? null : Timestamp.from(now);
                    if (before.containsKey(member.userId())) {
                        var was = before.get(member.userId());
                        update.setString(1, member.name().orElse(null));
                        update.setString(2, member.email().orElse(null));
                        update.setString(3, String.join(" ", member.roles()));
                        update.setString(4, member.status());
                        update.setTimestamp(5, Timestamp.from(now));
                        update.setTimestamp(6, leftAt == null ? null : was.left() ? leftSince(courseRef, member.userId(),
                                connection) : leftAt);
                        update.setLong(7, courseRef);
                        update.setString(8, member.userId());
                        update.addBatch();
                    } else {
                        insert.setLong(1, courseRef);
                        insert.setString(2, member.userId());
                        insert.setString(3, member.name().orElse(null));
                        insert.setString(4, member.email().orElse(null));
                        insert.setString(5, String.join(" ", member.roles()));
                        insert.setString(6, member.status());
                        insert.setTimestamp(7, Timestamp.from(now));
                        insert.setTimestamp(8, Timestamp.from(now));
                        insert.setTimestamp(9, leftAt);
                        insert.addBatch();
                    }
                }
                update.executeBatch();
                insert.executeBatch();
            }
            try (var gone = connection.prepareStatement("update roster_member set left_at = ? "
                    + "where course_ref = ? and user_id = ? and left_at is null")) {
                for (var leaver : leavers.keySet()) {
                    gone.setTimestamp(1, Timestamp.from(now));
                    gone.setLong(2, courseRef);
                    gone.setString(3, leaver);
                    gone.addBatch();
                }
                gone.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the roster of course " + courseRef, e);
        }
        return snapshot;
    }

    /** Everyone ever on the course: those who left have {@code leftAt}. */
    @Transactional
    public List<Entry> entries(long courseRef) {
        var entries = new ArrayList<Entry>();
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("select user_id, display_name, email, status, left_at, "
                     + "case when roles like ? then 1 else 0 end from roster_member where course_ref = ? "
                     + "order by display_name, user_id")) {
            // The same rule as the completion matrix's: a person is a learner when a role of theirs says so.
            query.setString(1, "%Learner%");
            query.setLong(2, courseRef);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    var left = rows.getTimestamp(5);
                    entries.add(new Entry(rows.getString(1), Optional.ofNullable(rows.getString(2)),
                            Optional.ofNullable(rows.getString(3)), rows.getString(4),
                            Optional.ofNullable(left).map(Timestamp::toInstant), rows.getInt(6) == 1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return entries;
    }

    private Map<String, RosterDiff.Member> members(long courseRef) {
        var members = new HashMap<String, RosterDiff.Member>();
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("select user_id, display_name, email, roles, status, left_at "
                     + "from roster_member where course_ref = ?")) {
            query.setLong(1, courseRef);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    var roles = rows.getString(4);
                    members.put(rows.getString(1), new RosterDiff.Member(rows.getString(1),
                            Optional.ofNullable(rows.getString(2)), Optional.ofNullable(rows.getString(3)),
                            roles.isBlank() ? List.of() : Arrays.asList(roles.split(" ")), rows.getString(5),
                            rows.getTimestamp(6) != null));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return members;
    }

    private static Timestamp leftSince(long courseRef, String userId, java.sql.Connection connection)
            throws SQLException {
        try (var query = connection.prepareStatement(
                "select left_at from roster_member where course_ref = ? and user_id = ?")) {
            query.setLong(1, courseRef);
            query.setString(2, userId);
            try (var rows = query.executeQuery()) {
                return rows.next() ? rows.getTimestamp(1) : null;
            }
        }
    }

    private static int count(List<RosterDiff.Change> changes, RosterDiff.Kind kind) {
        return (int) changes.stream().filter(c -> c.kind() == kind).count();
    }

    /** Courses whose roster is older than {@code age}, for the scheduled refresh. */
    @Transactional
    public List<Long> staleCourses(Duration age) {
        var cutoff = clock.instant().minus(age);
        return em.createQuery("select c.id from Course c where c.membershipsUrl is not null and not exists "
                        + "(select s from RosterSnapshot s where s.courseRef = c.id and s.fetchedAt > :cutoff) "
                        + "and c.deploymentRef in (select d.id from Deployment d where d.registration.status = "
                        + "org.digitalpractice.lti.registration.RegistrationStatus.ACTIVE)", Long.class)
                .setParameter("cutoff", cutoff).getResultList();
    }

    /** Someone on the rosters of one council, known by their platform id. */
    public record Member(long deploymentRef, String userId) {
    }

    /**
     * People whom every roster of their council that ever listed them shows gone (removed or inactive), the last
     * of those courses left before {@code leftBefore}. Someone still active on any one course is not among them.
     */
    @Transactional
    public List<Member> goneFromEveryCourse(Instant leftBefore) {
        var gone = new ArrayList<Member>();
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("select c.deployment_ref, m.user_id from roster_member m "
                     + "join course c on c.id = m.course_ref group by c.deployment_ref, m.user_id "
                     + "having count(m.left_at) = count(*) and max(m.left_at) < ?")) {
            query.setTimestamp(1, Timestamp.from(leftBefore));
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    gone.add(new Member(rows.getLong(1), rows.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot find the people who left every course", e);
        }
        return gone;
    }

    /**
     * People who last opened the tool before {@code seenBefore} and are on no course's roster now: their platform
     * gives no roster, or it was never fetched, so they never show as leavers. Already de-identified records are
     * left out.
     */
    public List<Member> unseenOnNoRoster(Instant seenBefore) {
        var unseen = new ArrayList<Member>();
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("select u.deployment_ref, u.subject from app_user u "
                     + "where u.last_seen < ? and u.subject not like ? and not exists (select 1 from roster_member m "
                     + "join course c on c.id = m.course_ref where c.deployment_ref = u.deployment_ref "
                     + "and m.user_id = u.subject and m.left_at is null)")) {
            query.setTimestamp(1, Timestamp.from(seenBefore));
            query.setString(2, org.digitalpractice.session.people.People.ERASED + "%");
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    unseen.add(new Member(rows.getLong(1), rows.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot find the people on no roster who have not been seen", e);
        }
        return unseen;
    }

    /**
     * Removes someone who left from every roster of their council, with the changes that mention them; the
     * snapshots keep their counts. Only memberships that ended before {@code leftBefore} go.
     */
    @Transactional
    public void forget(Member member, Instant leftBefore) {
        try (var connection = dataSource.getConnection();
             var changes = connection.prepareStatement("delete from roster_change where user_id = ? and snapshot_ref "
                     + "in (select s.id from roster_snapshot s join course c on c.id = s.course_ref "
                     + "where c.deployment_ref = ?)");
             var memberships = connection.prepareStatement("delete from roster_member where user_id = ? "
                     + "and left_at < ? and course_ref in (select id from course where deployment_ref = ?)")) {
            changes.setString(1, member.userId());
            changes.setLong(2, member.deploymentRef());
            changes.executeUpdate();
            memberships.setString(1, member.userId());
            memberships.setTimestamp(2, Timestamp.from(leftBefore));
            memberships.setLong(3, member.deploymentRef());
            memberships.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot remove a leaver from the rosters", e);
        }
    }

    /** What {@link #forgetEverywhere} deleted. */
    public record Forgotten(int memberships, int changes) {
    }

    /**
     * Removes someone from every roster of their council at once, on the courses they are still on too, with the
     * changes that mention them: for an erasure. The platform lists them again at the next fetch while they are
     * still enrolled there.
     */
    @Transactional
    public Forgotten forgetEverywhere(Member member) {
        try (var connection = dataSource.getConnection();
             var changes = connection.prepareStatement("delete from roster_change where user_id = ? and snapshot_ref "
                     + "in (select s.id from roster_snapshot s join course c on c.id = s.course_ref "
                     + "where c.deployment_ref = ?)");
             var memberships = connection.prepareStatement("delete from roster_member where user_id = ? "
                     + "and course_ref in (select id from course where deployment_ref = ?)")) {
            changes.setString(1, member.userId());
            changes.setLong(2, member.deploymentRef());
            int changed = changes.executeUpdate();
            memberships.setString(1, member.userId());
            memberships.setLong(2, member.deploymentRef());
            return new Forgotten(memberships.executeUpdate(), changed);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot remove a person from the rosters", e);
        }
    }
}
