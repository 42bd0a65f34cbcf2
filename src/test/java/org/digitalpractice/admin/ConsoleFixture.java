package org.digitalpractice.admin;

import org.digitalpractice.insight.InsightData;

import java.sql.Timestamp;
import java.time.Instant;

import static org.digitalpractice.testing.ConsoleUser.update;

/**
 * A council of the test's own, written straight into the database: a registration that waits for approval (its
 * platform's addresses lead nowhere), one deployment, a course that offers its roster, an activity and a learner,
 * and a second learner on the course's roster who never opened the tool.
 */
record ConsoleFixture(long registration, long deployment, long course, long placement, long person, String subject,
                      String name, String council, String rosterOnlySubject) {

    static ConsoleFixture pending(String tag) {
        var run = tag + "-" + InsightData.run();
        long registration = InsightData.nextId();
        var now = Timestamp.from(Instant.now());
        update("insert into platform_registration (id, issuer, client_id, platform_name, auth_url, jwks_url, token_url, "
                        + "accept_new_deployments, updated_at, status) values (?, ?, ?, ?, ?, ?, ?, false, ?, 'PENDING')",
                registration, "https://console-" + run + ".example", "client-" + run, "Console platform " + run,
                "http://127.0.0.1:1/auth", "http://127.0.0.1:1/jwks", "http://127.0.0.1:1/token", now);
        long deployment = InsightData.nextId();
        var council = "Console council " + run;
        update("insert into deployment (id, registration_id, deployment_id, council_name) values (?, ?, ?, ?)",
                deployment, registration, "deployment-" + run, council);
        long course = InsightData.addCourse(deployment, "course-" + run);
        update("update course set memberships_url = ? where id = ?", "http://127.0.0.1:1/members", course);
        long placement = InsightData.addPlacement(course, "Activity " + run, null, null);
        var subject = "learner-" + run;
        var name = "Lena Console " + run;
        long person = InsightData.addPerson(deployment, subject, name);
        var rosterOnly = "roster-only-" + run;
        InsightData.addMember(course, rosterOnly, "Rory Roster " + run, "Learner", null);
        return new ConsoleFixture(registration, deployment, course, placement, person, subject, name, council,
                rosterOnly);
    }

    /** A score for the learner, queued as a completion queues one; answers its id. */
    long queueScore(String status) {
        long id = InsightData.nextId();
        var now = Timestamp.from(Instant.now());
        update("insert into score_outbox (id, deployment_ref, user_ref, placement_ref, source, source_key, source_ref, "
                        + "label, line_item_url, user_id, score_given, score_maximum, activity_progress, "
                        + "grading_progress, score_timestamp, status, attempts, next_attempt_at, created_at, last_error) "
                        + "values (?, ?, ?, ?, 'module', ?, 0, 'Console module', 'http://127.0.0.1:1/lineitems/1', ?, "
                        + "1, 1, 'Completed', 'FullyGraded', ?, ?, 0, ?, ?, ?)",
                id, deployment, person, placement, "console-" + id, subject, now, status, now, now,
                "FAILED".equals(status) ? "The platform said no (a test's reason)" : null);
        return id;
    }
}
