package org.digitalpractice.pulse.figures;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.digitalpractice.infrastructure.Database;
import org.digitalpractice.pulse.Quarter;
import org.digitalpractice.pulse.Threshold;
import org.digitalpractice.pulse.questions.PulseQuestions;
import org.digitalpractice.pulse.questions.QuestionsLoader;
import org.digitalpractice.pulse.questions.QuestionsVersions;
import org.digitalpractice.session.people.Course;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Adds up a quarter's responses in the database, for a council, one of its courses, or each other council, and
 * turns the sums into {@link Figures}. Only counts are selected: no query here returns a response, a person or
 * anyone's own words.
 */
@ApplicationScoped
public class PulseTotals {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;
    @Inject
    QuestionsLoader loader;
    @Inject
    QuestionsVersions versions;

    /** The figures of the council (or one course of it) in a quarter, beside the other councils'. */
    public Figures figures(long deploymentRef, Quarter quarter, Optional<Course> course) {
        var questions = questions(deploymentRef, quarter);
        try (var connection = dataSource.getConnection()) {
            var council = counts(connection, deploymentRef, quarter, course);
            var others = otherCouncils(connection, deploymentRef, quarter);
            return Figures.of(quarter, questions, council, others);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot add up the pulse's responses", e);
        }
    }

    /**
     * The quarters to choose from, newest first: the current one, the one shown, and those in which enough people of
     * the council answered to show their figures. A quarter with fewer is left out of the list, which would otherwise
     * say that someone answered in it (it can still be asked for by its code).
     */
    public List<Quarter> quarters(long deploymentRef, Quarter current, Quarter shown) {
        var quarters = new TreeSet<Quarter>(java.util.Comparator.reverseOrder());
        quarters.add(current);
        quarters.add(shown);
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("select quarter from pulse_response where deployment_ref = ? "
                     + "group by quarter having count(*) >= ?")) {
            query.setLong(1, deploymentRef);
            query.setInt(2, Threshold.MINIMUM_PEOPLE);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    Quarter.parse(rows.getString(1)).filter(q -> !q.isAfter(current)).ifPresent(quarters::add);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the pulse's quarters", e);
        }
        return List.copyOf(quarters);
    }

    /**
     * The questions a quarter is shown with: the newest version the council answered in it, so that a quarter that
     * has ended keeps its own wording; the current version for a quarter nobody has answered yet.
     */
    PulseQuestions questions(long deploymentRef, Quarter quarter) {
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("select v.id from pulse_response r join pulse_questions_version v "
                     + "on v.id = r.version_ref where r.deployment_ref = ? and r.quarter = ? "
                     + "order by v.version_number desc")) {
            query.setLong(1, deploymentRef);
            query.setString(2, quarter.code());
            query.setMaxRows(1);
            try (var rows = query.executeQuery()) {
                if (rows.next()) {
                    return versions.version(rows.getLong(1)).questions();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot find the pulse's questions for " + quarter, e);
        }
        return loader.require().questions();
    }

    private static Counts counts(Connection connection, long deploymentRef, Quarter quarter, Optional<Course> course)
            throws SQLException {
        var parameters = new ArrayList<Object>(List.of(deploymentRef, quarter.code()));
        course.ifPresent(c -> parameters.add(c.id()));
        return byCouncil(connection, "r.deployment_ref = ? and r.quarter = ?"
                + (course.isPresent() ? " and r.course_ref = ?" : ""), parameters)
                .getOrDefault(deploymentRef, Counts.NONE);
    }

    private static List<Counts> otherCouncils(Connection connection, long deploymentRef, Quarter quarter)
            throws SQLException {
        return List.copyOf(byCouncil(connection, "r.deployment_ref <> ? and r.quarter = ?",
                List.of(deploymentRef, quarter.code())).values());
    }

    /**
     * Three sums per council, of the responses that {@code where} picks: responses, people per question, people per
     * option. An answer row is one option of one response, so counting rows counts people.
     */
    private static Map<Long, Counts> byCouncil(Connection connection, String where, List<Object> parameters)
            throws SQLException {
        var respondents = new HashMap<Long, Integer>();
        var answered = new HashMap<Long, Map<String, Integer>>();
        var chosen = new HashMap<Long, Map<String, Integer>>();
        var answers = " from pulse_answer a join pulse_response r on r.id = a.response_ref where " + where;
        read(connection, "select r.deployment_ref, count(*) from pulse_response r where " + where
                + " group by r.deployment_ref", parameters, row -> respondents.put(row.getLong(1), row.getInt(2)));
        read(connection, "select r.deployment_ref, a.question_id, count(distinct a.response_ref)" + answers
                + " group by r.deployment_ref, a.question_id", parameters,
                row -> answered.computeIfAbsent(row.getLong(1), k -> new HashMap<>()).put(row.getString(2),
                        row.getInt(3)));
        read(connection, "select r.deployment_ref, a.question_id, a.option_id, count(*)" + answers
                + " group by r.deployment_ref, a.question_id, a.option_id", parameters,
                row -> chosen.computeIfAbsent(row.getLong(1), k -> new HashMap<>())
                        .put(Counts.key(row.getString(2), row.getString(3)), row.getInt(4)));
        var councils = new HashMap<Long, Counts>();
        respondents.forEach((council, people) -> councils.put(council, new Counts(people,
                answered.getOrDefault(council, Map.of()), chosen.getOrDefault(council, Map.of()))));
        return councils;
    }

    private interface Row {
        void read(java.sql.ResultSet row) throws SQLException;
    }

    private static void read(Connection connection, String sql, List<Object> parameters, Row each)
            throws SQLException {
        try (var query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setObject(i + 1, parameters.get(i));
            }
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    each.read(rows);
                }
            }
        }
    }
}
