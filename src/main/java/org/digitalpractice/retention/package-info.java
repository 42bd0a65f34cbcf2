/**
 * Retention: the hourly job that removes what the tool no longer needs, on one node of a cluster at a time. It
 * forgets used login states and nonces once they expire, expired sessions and new-window codes, and delivered
 * gradebook scores after a set age; and it de-identifies people who have left every course of their council for
 * longer than the council's period (the rule and what happens to each table are in docs/privacy.md). It also deletes
 * entries of the console's audit log and of the privacy log, which name administrators, after six years by default.
 *
 * <p>This package decides when and whom; each feature's own store does the deleting in its tables
 * ({@code lti.SingleUse}, {@code session.LaunchSessions}, {@code session.NewWindowHandovers},
 * {@code session.people.People}, {@code gradebook.ScoreOutbox}, {@code learning.LearnerProgress},
 * {@code assessment.SelfAssessments}, {@code insight.CourseRoster}, {@code insight.CourseGroups}, and the console's
 * and privacy's logs), so each feature keeps saying what it holds.
 * It logs and reports counts only, never names or ids. Nothing imports this package.
 */
package org.digitalpractice.retention;
