package org.digitalpractice.insight;

import org.digitalpractice.testing.ToolUnderTest;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Puts rosters, progress and self-assessments straight into the tool's database, so that the leads' pages can be
 * tested against exact, known states (and at benchmark scale) without clicking through thousands of journeys. Ids
 * are far above anything the tool's sequence hands out, and differ from run to run of the same database.
 */
public final class InsightData {

    private static final AtomicLong IDS = new AtomicLong(9_000_000_000_000L + (System.currentTimeMillis() % 1_000_000_000L) * 1000);

    private InsightData() {
    }

    public static long nextId() {
        return IDS.incrementAndGet();
    }

    /** A unique suffix for course contexts, so that a second run on the same database starts clean. */
    public static String run() {
        return Long.toString(System.currentTimeMillis(), 36);
    }

    public static long one(String sql, Object... parameters) {
        try (var connection = ToolUnderTest.connect(); var query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (var rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new AssertionError("no row for " + sql);
                }
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void update(String sql, Object... parameters) {
        try (var connection = ToolUnderTest.connect(); var query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            query.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long course(String contextId) {
        return one("select id from course where context_id = ?", contextId);
    }

    public static long deploymentOf(long course) {
        return one("select deployment_ref from course where id = ?", course);
    }

    public static long placement(long course, String resourceLinkId) {
        return one("select id from placement where course_ref = ? and resource_link_id = ?", course, resourceLinkId);
    }

    /** The library's module with this slug, and its newest version. */
    public static long[] module(String slug) {
        long module = one("select id from training_module where slug = ? and owner = 'library'", slug);
        long version = one("select max(id) from module_version where module_ref = ?", module);
        return new long[]{module, version};
    }

    public static long person(String subject, long deployment) {
        return one("select id from app_user where subject = ? and deployment_ref = ?", subject, deployment);
    }

    /** A course of a council, as its first launch would record it. */
    public static long addCourse(long deployment, String contextId) {
        long id = nextId();
        update("insert into course (id, deployment_ref, context_id, title, first_seen) values (?, ?, ?, ?, ?)", id,
                deployment, contextId, "Course " + contextId, Timestamp.from(Instant.now()));
        return id;
    }

    /** A link placed in a course, as a launch through it would record it. */
    public static long addPlacement(long course, String title, String slug, String dueOn) {
        long id = nextId();
        update("insert into placement (id, course_ref, resource_link_id, title, first_seen, module_slug, due_on) "
                + "values (?, ?, ?, ?, ?, ?, ?)", id, course, "leads-" + id, title, Timestamp.from(Instant.now()), slug,
                dueOn == null ? null : java.sql.Date.valueOf(dueOn));
        return id;
    }

    public static long addPerson(long deployment, String subject, String name) {
        long id = nextId();
        var now = Timestamp.from(Instant.now());
        update("insert into app_user (id, deployment_ref, subject, display_name, email, first_seen, last_seen) "
                + "values (?, ?, ?, ?, ?, ?, ?)", id, deployment, subject, name, subject + "@council.example", now, now);
        return id;
    }

    public static void addMember(long course, String userId, String name, String roles, Instant leftAt) {
        var now = Timestamp.from(Instant.now());
        update("insert into roster_member (course_ref, user_id, display_name, email, roles, status, first_seen, "
                + "last_seen, left_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", course, userId, name,
                userId + "@council.example", roles, leftAt == null ? "Active" : "Deleted", now, now,
                leftAt == null ? null : Timestamp.from(leftAt));
    }

    /** Progress in a module: started, last active, and completed with a score when {@code completed} is given. */
    public static void addProgress(long deployment, long person, long[] module, Instant started, Instant lastActive,
                                   Instant completed, Integer score) {
        update(PROGRESS, nextId(), deployment, person, module[0], module[1], Timestamp.from(started),
                Timestamp.from(lastActive), completed == null ? null : Timestamp.from(completed), score);
    }

    static final String PROGRESS = "insert into module_progress (id, deployment_ref, user_ref, module_ref, version_ref, "
            + "placement_ref, started_at, last_activity_at, seconds_spent, resume_at, lessons_seen, scenario_step, "
            + "scenario_trail, scenario_finished, check_attempts, best_check_score, check_passed, reflection, "
            + "completed_at, completion_score) values (?, ?, ?, ?, ?, null, ?, ?, 0, 'lesson-1', '', null, '', "
            + "false, 0, null, false, null, ?, ?)";

    /** A submitted self-assessment rating every statement given with the same value, and some practice answers. */
    public static void addSubmittedAttempt(long deployment, long person, Instant at, String[] statements, String rating,
                                           String practiceQuestion, String options, String otherText) {
        long attempt = nextId();
        long framework = one("select id from framework_version where version_number = "
                + "(select max(version_number) from framework_version)");
        update("insert into assessment_attempt (id, deployment_ref, user_ref, framework_ref, placement_ref, "
                + "attempt_number, status, resume_at, started_at, updated_at, submitted_at) "
                + "values (?, ?, ?, ?, null, ?, 'SUBMITTED', 'check', ?, ?, ?)", attempt, deployment, person, framework,
                (int) (attempt % 1_000_000), Timestamp.from(at), Timestamp.from(at), Timestamp.from(at));
        for (var statement : statements) {
            update("insert into assessment_rating (id, attempt_ref, statement_code, rating) values (?, ?, ?, ?)",
                    nextId(), attempt, statement, rating);
        }
        if (practiceQuestion != null) {
            update("insert into assessment_practice_answer (id, attempt_ref, question_id, option_ids, other_text) "
                    + "values (?, ?, ?, ?, ?)", nextId(), attempt, practiceQuestion, options, otherText);
        }
    }

    public static Connection connect() throws SQLException {
        return ToolUnderTest.connect();
    }
}
