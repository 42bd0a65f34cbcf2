package org.digitalpractice.practice;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.digitalpractice.infrastructure.Database;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * Who is in a practice course: every invented person of its council, plus extra members and status changes that
 * tests (or a curious trainer) made, so that joiners and leavers can be tried.
 */
@ApplicationScoped
public class PracticeRoster {

    static final String LIS = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    public record Member(String userId, String givenName, String familyName, String email, List<String> roles,
                         String status) {
        public String name() {
            return givenName + " " + familyName;
        }
    }

    public List<Member> members(String courseId) {
        var council = PracticeDirectory.councilOfCourse(courseId).orElseThrow();
        var members = new LinkedHashMap<String, Member>();
        for (var person : council.people()) {
            members.put(person.id(), new Member(person.id(), person.givenName(), person.familyName(), person.email(),
                    person.ltiRoles(), "Active"));
        }
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement(
                     "select * from practice_roster_entry where course_id = ? order by user_id")) {
            query.setString(1, courseId);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    var userId = rows.getString("user_id");
                    var known = members.get(userId);
                    var role = rows.getString("role");
                    members.put(userId, new Member(userId,
                            Optional.ofNullable(rows.getString("given_name")).orElse(known == null ? "" : known.givenName()),
                            Optional.ofNullable(rows.getString("family_name")).orElse(known == null ? "" : known.familyName()),
                            Optional.ofNullable(rows.getString("email")).orElse(known == null ? null : known.email()),
                            known == null ? List.of(LIS + role) : known.roles(),
                            rows.getString("status")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return List.copyOf(members.values());
    }

    public boolean isMember(String courseId, String userId) {
        return members(courseId).stream().anyMatch(m -> m.userId().equals(userId) && !"Deleted".equals(m.status()));
    }

    /** A person the gradebook can hold a grade for: a learner of the course (Moodle's gradebook roles). */
    public boolean isGradable(String courseId, String userId) {
        return members(courseId).stream().anyMatch(m -> m.userId().equals(userId) && !"Deleted".equals(m.status())
                && m.roles().contains(LIS + "Learner"));
    }

    /** Adds generated learners, for trying a large course. */
    public void addLearners(String courseId, int count) {
        var existing = members(courseId).size();
        try (var connection = dataSource.getConnection();
             var insert = connection.prepareStatement("insert into practice_roster_entry (course_id, user_id, "
                     + "given_name, family_name, email, role, status) values (?, ?, ?, ?, ?, 'Learner', 'Active')")) {
            for (int i = 0; i < count; i++) {
                var n = existing + i + 1;
                insert.setString(1, courseId);
                insert.setString(2, courseId + "-extra-" + n);
                insert.setString(3, "Learner");
                insert.setString(4, "Number " + n);
                insert.setString(5, "learner" + n + "@" + courseId + ".example");
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Changes a member's status: Active, Inactive, or Deleted (they left the course). */
    public void setStatus(String courseId, String userId, String status) {
        var member = members(courseId).stream().filter(m -> m.userId().equals(userId)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no member '" + userId + "' in " + courseId));
        try (var connection = dataSource.getConnection()) {
            try (var delete = connection.prepareStatement(
                    "delete from practice_roster_entry where course_id = ? and user_id = ?")) {
                delete.setString(1, courseId);
                delete.setString(2, userId);
                delete.executeUpdate();
            }
            try (var insert = connection.prepareStatement("insert into practice_roster_entry (course_id, user_id, "
                    + "given_name, family_name, email, role, status) values (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, courseId);
                insert.setString(2, userId);
                insert.setString(3, member.givenName());
                insert.setString(4, member.familyName());
                insert.setString(5, member.email());
                insert.setString(6, member.roles().get(0).substring(member.roles().get(0).indexOf('#') + 1));
                insert.setString(7, status);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Member> page(List<Member> all, int offset, int limit) {
        return new ArrayList<>(all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size())));
    }
}
