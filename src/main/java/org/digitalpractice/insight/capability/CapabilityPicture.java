package org.digitalpractice.insight.capability;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.digitalpractice.assessment.framework.FrameworkLoader;
import org.digitalpractice.assessment.framework.Frameworks;
import org.digitalpractice.infrastructure.Database;
import org.digitalpractice.session.people.Course;
import org.digitalpractice.web.Dates;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the submitted self-assessments of a course's people (on its roster now, or who took it through one of its
 * links) or of the whole council, and makes the {@link TeamPicture}. Three queries: attempts, ratings and the
 * ticked options of "your practice"; the free text column is never selected.
 */
@ApplicationScoped
public class CapabilityPicture {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;
    @Inject
    FrameworkLoader loader;
    @Inject
    Frameworks frameworks;
    @Inject
    Clock clock;

    /** The picture, or empty when no framework has ever been loaded. */
    public Optional<TeamPicture> of(long deploymentRef, Optional<Course> course) {
        return of(deploymentRef, course, Optional.empty());
    }

    /** The picture of one team of the course ({@code team}: the platform's group id), under the same threshold. */
    public Optional<TeamPicture> of(long deploymentRef, Optional<Course> course, Optional<String> team) {
        var current = loader.current();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        var responses = responses(deploymentRef, course, team.filter(t -> course.isPresent()));
        return Optional.of(TeamPicture.of(responses, current.get().framework(),
                id -> frameworks.version(id).framework(), LocalDate.ofInstant(clock.instant(), Dates.UK)));
    }

    private static final String IN_SCOPE = "a.deployment_ref = ? and a.status = 'SUBMITTED'";
    private static final String IN_COURSE = " and (a.user_ref in (select u.id from roster_member rm join app_user u "
            + "on u.subject = rm.user_id and u.deployment_ref = a.deployment_ref where rm.course_ref = ? "
            + "and rm.left_at is null) or a.user_ref in (select b.user_ref from assessment_attempt b "
            + "join placement p on p.id = b.placement_ref where p.course_ref = ?))";
    /** A team is the people on the course now whom the platform puts in the group. */
    private static final String IN_TEAM = " and a.user_ref in (select u.id from course_group_member gm "
            + "join roster_member rm on rm.course_ref = gm.course_ref and rm.user_id = gm.user_id "
            + "and rm.left_at is null join app_user u on u.subject = gm.user_id "
            + "and u.deployment_ref = a.deployment_ref where gm.course_ref = ? and gm.group_id = ?)";

    List<Response> responses(long deploymentRef, Optional<Course> course, Optional<String> team) {
        var where = IN_SCOPE + (course.isPresent() ? IN_COURSE : "") + (team.isPresent() ? IN_TEAM : "");
        var attempts = new HashMap<Long, long[]>();
        var submitted = new HashMap<Long, java.time.Instant>();
        var ratings = new HashMap<Long, Map<String, String>>();
        var practice = new HashMap<Long, Map<String, List<String>>>();
        try (var connection = dataSource.getConnection()) {
            try (var query = prepare(connection, "select a.id, a.user_ref, a.framework_ref, a.submitted_at "
                    + "from assessment_attempt a where " + where, deploymentRef, course, team);
                 var rows = query.executeQuery()) {
                while (rows.next()) {
                    attempts.put(rows.getLong(1), new long[]{rows.getLong(2), rows.getLong(3)});
                    submitted.put(rows.getLong(1), rows.getTimestamp(4).toInstant());
                }
            }
            try (var query = prepare(connection, "select r.attempt_ref, r.statement_code, r.rating "
                    + "from assessment_rating r join assessment_attempt a on a.id = r.attempt_ref where " + where,
                    deploymentRef, course, team);
                 var rows = query.executeQuery()) {
                while (rows.next()) {
                    ratings.computeIfAbsent(rows.getLong(1), k -> new HashMap<>()).put(rows.getString(2),
                            rows.getString(3));
                }
            }
            try (var query = prepare(connection, "select pa.attempt_ref, pa.question_id, pa.option_ids "
                    + "from assessment_practice_answer pa join assessment_attempt a on a.id = pa.attempt_ref where "
                    + where, deploymentRef, course, team);
                 var rows = query.executeQuery()) {
                while (rows.next()) {
                    var ids = rows.getString(3);
                    practice.computeIfAbsent(rows.getLong(1), k -> new HashMap<>()).put(rows.getString(2),
                            ids == null || ids.isEmpty() ? List.of() : Arrays.asList(ids.split(",")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the self-assessments", e);
        }
        var responses = new ArrayList<Response>();
        attempts.forEach((id, who) -> responses.add(new Response(who[0], id, who[1], submitted.get(id),
                ratings.getOrDefault(id, Map.of()), practice.getOrDefault(id, Map.of()))));
        return responses;
    }

    private static PreparedStatement prepare(Connection connection, String sql, long deploymentRef,
                                             Optional<Course> course, Optional<String> team) throws SQLException {
        var statement = connection.prepareStatement(sql);
        statement.setLong(1, deploymentRef);
        if (course.isPresent()) {
            statement.setLong(2, course.get().id());
            statement.setLong(3, course.get().id());
            if (team.isPresent()) {
                statement.setLong(4, course.get().id());
                statement.setString(5, team.get());
            }
        }
        return statement;
    }
}
