package org.digitalpractice.insight;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.digitalpractice.infrastructure.Database;
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.lti.registration.Registrations;
import org.digitalpractice.lti.services.AccessTokens;
import org.digitalpractice.lti.services.GroupsClient;
import org.digitalpractice.lti.services.PlatformServices;
import org.digitalpractice.session.people.Course;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A course's teams, from the platform's Course Groups Service: fetched with the roster, kept as the groups and who
 * is in each at the latest complete fetch (someone who left a group is gone from it then), and read by the leads'
 * team filter. A fetch that fails leaves the last complete teams as they were.
 */
@ApplicationScoped
public class CourseGroups {

    private static final Logger LOG = Logger.getLogger(CourseGroups.class.getName());
    /** The longest team a filter may name: the platform's group ids are kept up to this. */
    public static final int TEAM_LIMIT = 255;

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;
    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;
    @Inject
    PlatformServices services;
    @Inject
    Registrations registrations;
    @Inject
    CourseGroups self;
    @Inject
    org.digitalpractice.infrastructure.Counters counters;
    @Inject
    Clock clock;

    /** A team of a course, with how many people on the course now are in it. */
    public record Team(String id, String name, int people) {
    }

    /**
     * Fetches the course's groups and each current member's groups, and keeps them; the reason, if the platform
     * offers the service and the fetch did not complete.
     */
    public Optional<String> refresh(long courseRef) {
        var source = self.source(courseRef);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        String token;
        try {
            token = services.tokens().token(source.get().client(), Set.of(GroupsClient.SCOPE));
        } catch (AccessTokens.NotGranted notGranted) {
            return failed(courseRef, "no access token for the groups: " + notGranted.call().reason());
        }
        try {
            var groups = services.groups().fetch(source.get().url(), token, self.people(courseRef));
            if (!groups.complete()) {
                return failed(courseRef, groups.failure().orElseThrow());
            }
            self.store(courseRef, groups);
        } catch (RuntimeException e) {
            // Teams are extra: a platform's odd answer must never cost a lead the roster they came for.
            return failed(courseRef, e.toString());
        }
        counters.increment("dp_group_refreshes", "outcome", "fetched");
        return Optional.empty();
    }

    private Optional<String> failed(long courseRef, String reason) {
        counters.increment("dp_group_refreshes", "outcome", "failed");
        LOG.log(Level.WARNING, "The teams of course {0} were not refreshed: {1}", new Object[]{courseRef, reason});
        return Optional.of(reason);
    }

    @Transactional
    public Optional<ServiceAddress> source(long courseRef) {
        var course = em.find(Course.class, courseRef);
        return course == null ? Optional.empty() : ServiceAddress.of(course, course.groupsUrl(), registrations);
    }

    /** The platform ids of the people on the course now: the only ones whose groups are asked. */
    @Transactional
    public List<String> people(long courseRef) {
        var people = new ArrayList<String>();
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("select user_id from roster_member where course_ref = ? "
                     + "and left_at is null order by user_id")) {
            query.setLong(1, courseRef);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    people.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return people;
    }

    /** Replaces the course's groups and memberships with a complete fetch. */
    @Transactional
    public void store(long courseRef, GroupsClient.Groups groups) {
        var now = Timestamp.from(clock.instant());
        try (var connection = dataSource.getConnection()) {
            // Two refreshes of one course (a lead's look and the hourly one) replace its teams one after the other,
            // never interleaved: each waits here for the other's commit.
            try (var lock = connection.prepareStatement("select id from course where id = ? for update")) {
                lock.setLong(1, courseRef);
                lock.executeQuery().close();
            }
            try (var members = connection.prepareStatement("delete from course_group_member where course_ref = ?");
                 var all = connection.prepareStatement("delete from course_group where course_ref = ?")) {
                members.setLong(1, courseRef);
                members.executeUpdate();
                all.setLong(1, courseRef);
                all.executeUpdate();
            }
            try (var insert = connection.prepareStatement("insert into course_group (course_ref, group_id, name, "
                    + "tag, fetched_at) values (?, ?, ?, ?, ?)")) {
                for (var group : groups.groups()) {
                    insert.setLong(1, courseRef);
                    insert.setString(2, group.id());
                    insert.setString(3, group.name());
                    insert.setString(4, group.tag().orElse(null));
                    insert.setTimestamp(5, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (var insert = connection.prepareStatement(
                    "insert into course_group_member (course_ref, group_id, user_id) values (?, ?, ?)")) {
                for (var entry : groups.membership().entrySet()) {
                    for (var group : entry.getValue()) {
                        insert.setLong(1, courseRef);
                        insert.setString(2, group);
                        insert.setString(3, entry.getKey());
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the teams of course " + courseRef, e);
        }
    }

    /** The course's teams by name, each with how many people on the course now are in it. */
    @Transactional
    public List<Team> teams(long courseRef) {
        var teams = new ArrayList<Team>();
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("select g.group_id, g.name, count(rm.user_id) "
                     + "from course_group g left join course_group_member m on m.course_ref = g.course_ref "
                     + "and m.group_id = g.group_id left join roster_member rm on rm.course_ref = m.course_ref "
                     + "and rm.user_id = m.user_id and rm.left_at is null where g.course_ref = ? "
                     + "group by g.group_id, g.name order by g.name, g.group_id")) {
            query.setLong(1, courseRef);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    teams.add(new Team(rows.getString(1), rows.getString(2), rows.getInt(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return teams;
    }

    /** The platform ids of the people in a team. */
    @Transactional
    public Set<String> members(long courseRef, String groupId) {
        var members = new HashSet<String>();
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement(
                     "select user_id from course_group_member where course_ref = ? and group_id = ?")) {
            query.setLong(1, courseRef);
            query.setString(2, groupId);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    members.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return members;
    }

    /**
     * The team a lead chose ({@code ?team=id}), with its members; empty when none was chosen. A team that is not
     * this course's is 404, like a course that is not the lead's; a value no platform id could be is 400.
     */
    public Optional<TeamFilter.Chosen> choose(Course course, String teamParam) {
        if (teamParam == null || teamParam.isBlank()) {
            return Optional.empty();
        }
        if (teamParam.length() > TEAM_LIMIT) {
            throw Problem.badRequest("The team in the address is longer than " + TEAM_LIMIT + " characters, so it "
                    + "cannot be one of this course's teams.", "Choose a team from the list on the page.");
        }
        if (course.groupsUrl().isEmpty()) {
            throw Problem.badRequest("The learning platform gives no teams for " + course.title()
                    + ", so its people cannot be filtered by team.", "Remove the team from the address, or "
                    + "ask the platform's administrator to turn on the Course Groups Service for the tool.");
        }
        var team = teams(course.id()).stream().filter(t -> t.id().equals(teamParam)).findFirst()
                .orElseThrow(() -> new Problem(404, "Team not found", "There is no team '" + teamParam + "' on "
                        + course.title() + ". It may have been removed in the learning platform.",
                        "Choose a team from the list on the page, or All teams."));
        return Optional.of(new TeamFilter.Chosen(team, members(course.id(), team.id())));
    }

    /** The team filter of a course's pages, with the team chosen by {@code ?team=id} (validated as above). */
    public TeamFilter filter(Course course, String teamParam) {
        var chosen = choose(course, teamParam);
        return new TeamFilter(course.groupsUrl().isPresent(), teams(course.id()), chosen);
    }

    /** Someone's teams in their council, for a subject access export: course title and team name. */
    @Transactional
    public List<String[]> teamsOf(long deploymentRef, String userId) {
        var found = new ArrayList<String[]>();
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("select coalesce(c.title, c.label, c.context_id), g.name "
                     + "from course_group_member m join course_group g on g.course_ref = m.course_ref "
                     + "and g.group_id = m.group_id join course c on c.id = m.course_ref "
                     + "where c.deployment_ref = ? and m.user_id = ? order by 1, 2")) {
            query.setLong(1, deploymentRef);
            query.setString(2, userId);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new String[]{rows.getString(1), rows.getString(2)});
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    /**
     * Removes someone from every team of their council's courses: for an erasure, and for the retention of
     * someone gone from every course. The platform lists them again at the next fetch while they are still in one.
     */
    @Transactional
    public int forget(CourseRoster.Member member) {
        try (var connection = dataSource.getConnection();
             var delete = connection.prepareStatement("delete from course_group_member where user_id = ? "
                     + "and course_ref in (select id from course where deployment_ref = ?)")) {
            delete.setString(1, member.userId());
            delete.setLong(2, member.deploymentRef());
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot remove a person from the teams", e);
        }
    }
}
