/**
 * Privacy: personal data as a data protection officer sees it, for one person at a time, on request. An
 * administrator finds someone by their platform user id or email, exports everything held about them (a subject
 * access export: a zip of JSON and CSV files with a README in plain English), or erases them; a learner downloads
 * their own export from their CPD record. Each export and erasure is logged, without saying whom it was about.
 *
 * <p>Erasure acts through each feature's own store ({@code session.people.People}, {@code session.LaunchSessions},
 * {@code session.NewWindowHandovers}, {@code gradebook.ScoreOutbox}, {@code learning.LearnerProgress},
 * {@code assessment.SelfAssessments}, {@code insight.CourseRoster}, {@code insight.completion.CompletionMatrix},
 * {@code catalogue.Catalogue}, {@code catalogue.authoring.Drafts} and {@code AuditTrail}), the same stores the
 * {@code retention} package uses, so each feature keeps saying what it holds. Exports read every feature's tables
 * as a read model, in SQL, and only in {@link org.digitalpractice.privacy.PersonalRecords}; this package never
 * writes to another feature's table itself. Nothing imports it.
 *
 * <p>Retention (the hourly job) is the sibling package {@code retention}: together they would pass the size at
 * which a package is split, and one acts on a schedule for everyone who left while this acts on one person now.
 */
package org.digitalpractice.privacy;
