package org.digitalpractice.privacy;

import java.util.List;

import static org.digitalpractice.privacy.Source.column;
import static org.digitalpractice.privacy.Source.section;

/**
 * The records held about a person that point to them: by their record's id, or by their platform user id in their
 * council (the rosters, which list people who never opened the tool). Each explains itself to the person reading
 * the export; session secrets, new-window codes and anything stored as a hash are never selected.
 */
final class AboutThem {

    private AboutThem() {
    }

    static final Source PERSON = new Source(
            section("person", "who you are to Digital Practice",
            "Your learning platform tells Digital Practice who you are each time you open it. This is the record it "
                    + "keeps of you: one per council. Your progress, answers and results below all point to it.",
            column("id", "Digital Practice's own number for this record"),
            column("council", "the council whose learning platform you opened Digital Practice from"),
            column("platform", "the name of that learning platform"),
            column("platform_issuer", "the platform's address that identifies it in the sign-in (LTI issuer)"),
            column("deployment_id", "the platform's id for the council's installation of Digital Practice"),
            column("subject", "your user id in the platform (the LTI 'sub'), as the platform sends it"),
            column("name", "your name as the platform sent it the last time you opened Digital Practice"),
            column("email", "your email as the platform sent it, if it did"),
            column("first_seen", "when you first opened Digital Practice"),
            column("last_seen", "when you last opened Digital Practice")),
            "select u.id, d.council_name, r.platform_name, r.issuer, d.deployment_id, "
            + "u.subject, u.display_name, u.email, u.first_seen, u.last_seen from app_user u "
            + "join deployment d on d.id = u.deployment_ref join platform_registration r on r.id = d.registration_id "
            + "where u.id = ?",
            Source.Key.PERSON);

    static final Source SESSIONS = new Source(
            section("sessions", "times you are signed in now",
            "Each time you open Digital Practice from your platform, it keeps a session so that you stay signed in "
                    + "for a while. Sessions are deleted within about an hour after they end, so this lists only "
                    + "the last few hours. The secret that signs you in is stored only as a one-way hash, which is "
                    + "left out here.",
            column("started", "when you opened Digital Practice"),
            column("ends", "when the session stops working"),
            column("role", "how Digital Practice treated you: LEARNER, TRAINER or LEAD, from your platform roles"),
            column("message_type", "what the platform asked for (a normal launch, or a trainer choosing activities)"),
            column("page", "the page of Digital Practice you were sent to"),
            column("course", "the course you opened it from"),
            column("link", "the link in the course you clicked"),
            column("waiting_for_new_window", "true if the session waited for you to continue in a new window")),
            "select s.created_at, s.expires_at, s.role, s.message_type, s.target, "
            + "c.title, p.title, s.awaiting_handover from launch_session s left join course c on c.id = s.course_ref "
            + "left join placement p on p.id = s.placement_ref where s.user_ref = ? order by s.created_at",
            Source.Key.PERSON);

    static final Source NEW_WINDOW_CODES = new Source(
            section("new_window_codes", "codes to continue in a new window",
            "When your browser blocks what Digital Practice needs inside the platform's page, it offers to continue "
                    + "in a new window with a code that works once, for 5 minutes. The code itself is stored only as "
                    + "a one-way hash, which is left out; an unused code is deleted within an hour of expiring.",
            column("expires", "when the code stops working")),
            "select h.expires_at from launch_handover h join launch_session s "
            + "on s.id = h.session_id where s.user_ref = ? order by h.expires_at",
            Source.Key.PERSON);

    static final Source ROSTER_MEMBERSHIPS = new Source(
            section("roster_memberships", "courses your platform lists you on",
            "Learning leads see everyone on a course's roster, which Digital Practice fetches from your platform "
                    + "(even for people who never open the tool). These are the rows about you, one per course of "
                    + "your council.",
            column("course", "the course's title"),
            column("course_id", "the platform's id for the course"),
            column("name", "your name on the roster"),
            column("email", "your email on the roster"),
            column("roles", "your roles on the course, as the platform names them"),
            column("status", "Active, or how the platform says you left (for example Inactive or Deleted)"),
            column("first_listed", "when Digital Practice first saw you on the roster"),
            column("last_listed", "when Digital Practice last fetched the roster with you on it"),
            column("left", "when the roster first showed you gone or inactive, if it did")),
            "select c.title, c.context_id, m.display_name, m.email, m.roles, "
            + "m.status, m.first_seen, m.last_seen, m.left_at from roster_member m join course c on c.id = m.course_ref "
            + "where m.user_id = ? and c.deployment_ref = ? order by c.title, m.first_seen",
            Source.Key.SUBJECT_IN_COUNCIL);

    static final Source ROSTER_CHANGES = new Source(
            section("roster_changes", "changes to your place on course rosters",
            "Each time a roster is fetched, Digital Practice notes who joined, left or changed. Nobody sees these "
                    + "notes in the tool.",
            column("noted", "when the roster was fetched"),
            column("course", "the course's title"),
            column("change", "JOINED, LEFT or CHANGED"),
            column("detail", "what changed, for example the fields that differ")),
            "select s.fetched_at, c.title, ch.kind, ch.detail from roster_change ch "
            + "join roster_snapshot s on s.id = ch.snapshot_ref join course c on c.id = s.course_ref "
            + "where ch.user_id = ? and c.deployment_ref = ? order by s.fetched_at",
            Source.Key.SUBJECT_IN_COUNCIL);

    static final Source TEAMS = new Source(
            section("teams", "the teams your platform puts you in",
            "Where your learning platform shares a course's groups (the LTI Course Groups Service), Digital Practice "
                    + "fetches them with the roster, so that learning leads can look at one team. These are the "
                    + "groups it last saw you in, one row per course and group; a group you leave is gone at the "
                    + "next fetch.",
            column("course", "the course's title"),
            column("course_id", "the platform's id for the course"),
            column("team", "the group's name in the platform"),
            column("tag", "the platform's tag for the group, if it gave one"),
            column("fetched", "when Digital Practice last fetched the course's groups")),
            "select c.title, c.context_id, g.name, g.tag, g.fetched_at "
            + "from course_group_member m join course_group g on g.course_ref = m.course_ref "
            + "and g.group_id = m.group_id join course c on c.id = m.course_ref "
            + "where m.user_id = ? and c.deployment_ref = ? order by c.title, g.name",
            Source.Key.SUBJECT_IN_COUNCIL);

    static final Source MODULE_PROGRESS = new Source(
            section("module_progress", "your way through each module",
            "One row for each module (and version of it) you started: what you have seen and chosen, your score, "
                    + "when you finished, and your reflection. Only you see the reflection, the scenario choices and "
                    + "the time spent; learning leads see when you started, were last active and completed, and your "
                    + "knowledge check score.",
            column("module", "the module's short name"),
            column("module_version", "the version of the module you took (modules are revised over time)"),
            column("module_title", "the module's title"),
            column("link", "the link in your course you started it from, if any"),
            column("started", "when you started"),
            column("last_activity", "when you last did something in it"),
            column("seconds_spent", "time spent, counting no gap longer than 15 minutes"),
            column("resume_at", "where the module opens next time"),
            column("lessons_seen", "the numbers of the lessons you opened"),
            column("scenario_step", "the step of the practice scenario you are on, if part-way"),
            column("scenario_trail", "your choices in the scenario, in order: step, a colon, and the position of the "
                    + "choice (counting from 0), separated by semicolons"),
            column("scenario_finished", "whether you reached the end of the scenario"),
            column("check_attempts", "how many times you took the knowledge check"),
            column("best_check_score", "your best knowledge check score, in per cent"),
            column("check_passed", "whether you passed the knowledge check"),
            column("completed", "when you completed the module"),
            column("completion_score", "the score recorded when you completed it, in per cent"),
            column("reflection", "your reflection, exactly as you wrote it")),
            "select m.slug, v.version_number, v.title, pl.title, p.started_at, "
            + "p.last_activity_at, p.seconds_spent, p.resume_at, p.lessons_seen, p.scenario_step, p.scenario_trail, "
            + "p.scenario_finished, p.check_attempts, p.best_check_score, p.check_passed, p.completed_at, "
            + "p.completion_score, p.reflection from module_progress p join training_module m on m.id = p.module_ref "
            + "join module_version v on v.id = p.version_ref left join placement pl on pl.id = p.placement_ref "
            + "where p.user_ref = ? order by p.started_at, p.id",
            Source.Key.PERSON);

    static final Source CHECK_ATTEMPTS = new Source(
            section("check_attempts", "your knowledge check answers",
            "Each time you submitted a module's knowledge check: your score and the options you chose, kept so "
                    + "that you can see your feedback again. Only you see them.",
            column("module", "the module's short name"),
            column("module_version", "the version of the module"),
            column("attempt", "1 for your first go, 2 for your second, and so on"),
            column("submitted", "when you submitted it"),
            column("score", "your score, in per cent"),
            column("passed", "whether it reached the pass mark"),
            column("answers", "for each question: its id, '=', then the positions of the options you chose "
                    + "(counting from 0), questions separated by semicolons")),
            "select m.slug, v.version_number, a.attempt_number, a.submitted_at, "
            + "a.score, a.passed, a.answers from check_attempt a join module_progress p on p.id = a.progress_ref "
            + "join training_module m on m.id = p.module_ref join module_version v on v.id = p.version_ref "
            + "where p.user_ref = ? order by a.submitted_at, a.attempt_number",
            Source.Key.PERSON);

    static final Source SELF_ASSESSMENTS = new Source(
            section("self_assessments", "your capability self-assessments",
            "Each time you took the capability self-assessment, finished or not. Your ratings and answers are in "
                    + "the next three files, by attempt number. Learning leads see only totals of groups of 5 "
                    + "people or more, never your answers.",
            column("attempt", "1 for your first self-assessment, 2 for your second, and so on"),
            column("questions_version", "the version of the self-assessment's questions you answered"),
            column("status", "IN_PROGRESS or SUBMITTED"),
            column("started", "when you started"),
            column("last_saved", "when you last saved an answer"),
            column("submitted", "when you submitted it"),
            column("resume_at", "the page it opens at next time, if unfinished"),
            column("link", "the link in your course it was taken from, if any"),
            column("gradebook_mode", "what your platform's gradebook received: completion, or your score"),
            column("score_given", "the score sent to your platform's gradebook"),
            column("score_maximum", "out of how many")),
            "select a.attempt_number, f.version_number, a.status, a.started_at, "
            + "a.updated_at, a.submitted_at, a.resume_at, pl.title, a.grade_mode, a.score_given, a.score_maximum "
            + "from assessment_attempt a join framework_version f on f.id = a.framework_ref "
            + "left join placement pl on pl.id = a.placement_ref where a.user_ref = ? order by a.attempt_number",
            Source.Key.PERSON);

    static final Source RATINGS = new Source(
            section("self_assessment_ratings", "how you rated yourself",
            "Your rating of each capability statement, by self-assessment attempt.",
            column("attempt", "the self-assessment attempt"),
            column("statement", "the statement's code in the self-assessment's questions"),
            column("rating", "0 Not yet, 1 Aware, 2 Practising, 3 Leading, or na (Not applicable)")),
            "select a.attempt_number, r.statement_code, r.rating from assessment_rating r "
            + "join assessment_attempt a on a.id = r.attempt_ref where a.user_ref = ? "
            + "order by a.attempt_number, r.statement_code",
            Source.Key.PERSON);

    static final Source SCENARIO_ANSWERS = new Source(
            section("self_assessment_scenario_answers",
            "your answers to the self-assessment's scenarios",
            "The option you chose in each scenario question of the self-assessment. Only you see them.",
            column("attempt", "the self-assessment attempt"),
            column("scenario", "the scenario's id in the self-assessment's questions"),
            column("option", "the position of the option you chose (counting from 0)")),
            "select a.attempt_number, s.scenario_id, s.option_index "
            + "from assessment_scenario_answer s join assessment_attempt a on a.id = s.attempt_ref "
            + "where a.user_ref = ? order by a.attempt_number, s.scenario_id",
            Source.Key.PERSON);

    static final Source PRACTICE_ANSWERS = new Source(
            section("self_assessment_practice_answers",
            "your answers about your practice",
            "The 'your practice' questions: the options you ticked and anything you typed in 'Anything else you "
                    + "want to tell us'. Leads see counts of ticked options for groups of 5 or more; nobody sees "
                    + "what you typed once you submit.",
            column("attempt", "the self-assessment attempt"),
            column("question", "the question's id"),
            column("options_ticked", "the ids of the options you ticked, separated by commas"),
            column("anything_else", "what you typed, exactly as you wrote it")),
            "select a.attempt_number, p.question_id, p.option_ids, p.other_text "
            + "from assessment_practice_answer p join assessment_attempt a on a.id = p.attempt_ref "
            + "where a.user_ref = ? order by a.attempt_number, p.question_id",
            Source.Key.PERSON);

    static final Source PULSE_ANSWERS = new Source(
            section("practice_pulse_answers", "your practice pulse answers",
            "The practice pulse asks, once each quarter, what technology you use, what you met online in your work "
                    + "and what would help. One row for each answer you chose, with your own words where you wrote "
                    + "some. Only you see your answers, to change them until the quarter ends; learning leads and "
                    + "trainers see only totals for groups of 5 or more people, and nobody else ever sees your own "
                    + "words, which are deleted once the quarter ends.",
            column("quarter", "the calendar quarter the answer belongs to, such as 2026-Q2 (April to June 2026)"),
            column("answered", "when you first answered that quarter"),
            column("changed", "when you last changed your answers that quarter"),
            column("course", "the course you answered from, if any"),
            column("questions_version", "the version of the questions you answered (they are revised over time)"),
            column("question", "the question's id"),
            column("answer", "the id of the answer you chose"),
            column("your_words", "what you wrote in the answer's box, exactly as you wrote it, if anything")),
            "select r.quarter, r.answered_at, r.changed_at, c.title, v.version_number, "
            + "a.question_id, a.option_id, a.free_text from pulse_response r join pulse_answer a on a.response_ref = r.id "
            + "join pulse_questions_version v on v.id = r.version_ref left join course c on c.id = r.course_ref "
            + "where r.user_ref = ? order by r.quarter, a.id",
            Source.Key.PERSON);

    static final Source SCORES = new Source(
            section("gradebook_scores", "results sent to your platform's gradebook",
            "Results that Digital Practice sent, or is to send, to your platform's gradebook: starts and "
                    + "completions of modules, and self-assessments. Sent results are deleted 30 days after "
                    + "sending, except the newest one of each gradebook column.",
            column("made", "when the result was made"),
            column("activity", "the gradebook column's name"),
            column("link", "the link in your course it belongs to"),
            column("subject", "your user id in the platform, which the gradebook needs"),
            column("score_given", "the score"),
            column("score_maximum", "out of how many"),
            column("activity_progress", "for example Started or Completed"),
            column("grading_progress", "for example FullyGraded"),
            column("timestamp", "the time of your work that the result reports"),
            column("comment", "the comment sent with it"),
            column("status", "PENDING (still to send), SENT, FAILED (the platform refused it) or SUPERSEDED "
                    + "(replaced by a newer result before it was sent)"),
            column("tries", "how many times it was sent"),
            column("last_error", "why the last try failed, if it did"),
            column("sent", "when it reached the platform"),
            column("stamped_as", "the time it was stamped with when sent, if different from timestamp"),
            column("note", "what Digital Practice did besides a plain send, if anything")),
            "select q.created_at, q.label, pl.title, q.user_id, q.score_given, "
            + "q.score_maximum, q.activity_progress, q.grading_progress, q.score_timestamp, q.score_comment, q.status, "
            + "q.attempts, q.last_error, q.sent_at, q.sent_timestamp, q.note from score_outbox q "
            + "left join placement pl on pl.id = q.placement_ref where q.user_ref = ? order by q.created_at, q.id",
            Source.Key.PERSON);

    /** In the order of the export's README. */
    static final List<Source> SOURCES = List.of(
            PERSON, SESSIONS, NEW_WINDOW_CODES, ROSTER_MEMBERSHIPS, ROSTER_CHANGES, TEAMS, MODULE_PROGRESS,
            CHECK_ATTEMPTS, SELF_ASSESSMENTS, RATINGS, SCENARIO_ANSWERS, PRACTICE_ANSWERS, PULSE_ANSWERS, SCORES);
}
