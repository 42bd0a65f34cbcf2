package org.digitalpractice.practice;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.digitalpractice.infrastructure.Database;
import org.digitalpractice.infrastructure.Problem;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The teams of each practice course, as a platform's course groups: three locality teams of ten learners, in one
 * group set, so that a newcomer sees the leads' team filter. Tests (or a curious lead) move someone to another team
 * or to none. Only the profiles whose real platform offers the LTI Course Groups Service offer it here (see
 * docs/platforms.md): Blackboard Learn sends the groupsservice claim; Moodle, Canvas and Brightspace do not, so the
 * tool is also tried without it.
 */
@ApplicationScoped
public class PracticeGroups {

    public static final String SCOPE = "https://purl.imsglobal.org/spec/lti-gs/scope/contextgroup.readonly";
    public static final String CLAIM = "https://purl.imsglobal.org/spec/lti-gs/claim/groupsservice";
    /** The teams every course has, by suffix of their id and name. */
    static final List<String[]> TEAMS = List.of(
            new String[]{"north", "Children's services \u2013 North"},
            new String[]{"east", "Adults' services \u2013 East"},
            new String[]{"south", "Assessment and intervention \u2013 South"});
    public static final String SET_NAME = "Locality teams";

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;
    @Inject
    PracticeSwitch practice;
    @Inject
    PracticeProfiles profiles;
    @Inject
    PracticeRoster roster;

    public record Group(String id, String name, String tag, String setId) {
    }

    /** Whether a council's platform offers the Course Groups Service. */
    public static boolean offeredBy(PlatformProfile profile) {
        return profile == PlatformProfile.BLACKBOARD;
    }

    /** Whether a client id is registered with a council whose platform offers the service, for its token scope. */
    public boolean offeredTo(String clientId) {
        for (var council : PracticeDirectory.councils()) {
            try {
                var registered = profiles.of(council);
                if (registered.clientId().equals(clientId) && offeredBy(registered.profile())) {
                    return true;
                }
            } catch (Problem notInstalled) {
                // Riverside before anyone installed the tool: not a client of anything yet.
            }
        }
        return false;
    }

    /** The groupsservice claim of a launch from a course, when its platform offers the service. */
    public Optional<Map<String, Object>> claim(PracticeDirectory.Council council,
                                               PracticeDirectory.PracticeCourse course) {
        if (!offeredBy(profiles.of(council).profile())) {
            return Optional.empty();
        }
        return Optional.of(Map.of(
                "context_groups_url", practice.url("/groups/" + course.id() + "/groups"),
                "context_group_sets_url", practice.url("/groups/" + course.id() + "/groupsets"),
                "scope", List.of(SCOPE),
                "service_versions", List.of("1.0")));
    }

    public List<Group> groups(String courseId) {
        return TEAMS.stream().map(t -> new Group(courseId + "-team-" + t[0], t[1], "locality", setId(courseId)))
                .toList();
    }

    public static String setId(String courseId) {
        return courseId + "-localities";
    }

    /** The group a member is in: learner n is in team n modulo 3, unless moved; staff and extras are in none. */
    public Optional<Group> groupOf(String courseId, String userId) {
        var moved = moves(courseId);
        if (moved.containsKey(userId)) {
            return moved.get(userId).flatMap(id -> groups(courseId).stream().filter(g -> g.id().equals(id))
                    .findFirst());
        }
        var council = PracticeDirectory.councilOfCourse(courseId).orElseThrow();
        var people = council.people();
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).id().equals(userId) && people.get(i).kind() == PracticeDirectory.Kind.LEARNER) {
                return Optional.of(groups(courseId).get(i % TEAMS.size()));
            }
        }
        return Optional.empty();
    }

    /** Moves someone on the course to another team, or to none ({@code groupId} empty). */
    public void move(String courseId, String userId, Optional<String> groupId) {
        if (roster.members(courseId).stream().noneMatch(m -> m.userId().equals(userId))) {
            throw new IllegalArgumentException("no member '" + userId + "' in " + courseId);
        }
        if (groupId.isPresent() && groups(courseId).stream().noneMatch(g -> g.id().equals(groupId.get()))) {
            throw new IllegalArgumentException("no group '" + groupId.get() + "' in " + courseId);
        }
        try (var connection = dataSource.getConnection()) {
            try (var delete = connection.prepareStatement(
                    "delete from practice_group_move where course_id = ? and user_id = ?")) {
                delete.setString(1, courseId);
                delete.setString(2, userId);
                delete.executeUpdate();
            }
            try (var insert = connection.prepareStatement(
                    "insert into practice_group_move (course_id, user_id, group_id) values (?, ?, ?)")) {
                insert.setString(1, courseId);
                insert.setString(2, userId);
                insert.setString(3, groupId.orElse(null));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Puts everyone of the course back in their first team. */
    public void reset(String courseId) {
        try (var connection = dataSource.getConnection();
             var delete = connection.prepareStatement("delete from practice_group_move where course_id = ?")) {
            delete.setString(1, courseId);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Optional<String>> moves(String courseId) {
        var moves = new HashMap<String, Optional<String>>();
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement(
                     "select user_id, group_id from practice_group_move where course_id = ?")) {
            query.setString(1, courseId);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    moves.put(rows.getString(1), Optional.ofNullable(rows.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return moves;
    }
}
