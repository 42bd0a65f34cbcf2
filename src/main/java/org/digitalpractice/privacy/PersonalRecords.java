package org.digitalpractice.privacy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.digitalpractice.catalogue.versions.CatalogueEntry;
import org.digitalpractice.infrastructure.Database;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the tool holds about one person, read straight from every feature's tables. This is the privacy
 * package's read model (as {@code insight} has one): a subject access export must show each table as it is, and one
 * place that names every table holding personal data is easier to check against docs/privacy.md than a reader in
 * each feature. It only reads; what is removed is removed by each feature's own store ({@link Erasure}).
 *
 * <p>Each {@link Section} below explains itself to the person reading the export. Session secrets, new-window
 * codes and anything else stored as a hash are never read.
 */
@ApplicationScoped
public class PersonalRecords {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    /** Someone a search found. */
    public record Found(long id, long deploymentRef, String council, String subject, Optional<String> name,
                        Optional<String> email, Instant lastSeen, List<String> matchedBy) {
    }

    /** A person's record with their council, as an export starts from it. */
    public record PersonRecord(long id, long deploymentRef, String council, String subject, Optional<String> name) {
    }

    /** Everyone known by this platform id or email (the email in any case), in one council or all, by council. */
    public List<Found> find(PeopleSearch search) {
        var conditions = new ArrayList<String>();
        var parameters = new ArrayList<Object>();
        search.subject().ifPresent(subject -> {
            conditions.add("u.subject = ?");
            parameters.add(subject);
        });
        search.email().ifPresent(email -> {
            conditions.add("lower(u.email) = ?");
            parameters.add(email.toLowerCase(java.util.Locale.ROOT));
        });
        var sql = "select u.id, u.deployment_ref, d.council_name, u.subject, u.display_name, u.email, u.last_seen "
                + "from app_user u join deployment d on d.id = u.deployment_ref where (" + String.join(" or ", conditions)
                + ")" + (search.deployment().isPresent() ? " and u.deployment_ref = ?" : "")
                + " order by d.council_name, u.id";
        search.deployment().ifPresent(parameters::add);
        var found = new ArrayList<Found>();
        for (var row : read(sql, parameters.toArray())) {
            var subject = (String) row.get(3);
            var email = Optional.ofNullable((String) row.get(5));
            var matchedBy = new ArrayList<String>();
            if (search.subject().filter(subject::equals).isPresent()) {
                matchedBy.add("subject");
            }
            if (search.email().filter(e -> email.filter(e::equalsIgnoreCase).isPresent()).isPresent()) {
                matchedBy.add("email");
            }
            found.add(new Found(((Number) row.get(0)).longValue(), ((Number) row.get(1)).longValue(),
                    (String) row.get(2), subject, Optional.ofNullable((String) row.get(4)), email,
                    (Instant) row.get(6), matchedBy));
        }
        return found;
    }

    /** The council's name, if there is one with this id: a search in an unknown one says so instead of finding no one. */
    public Optional<String> council(long deploymentRef) {
        return read("select council_name from deployment where id = ?", deploymentRef).stream().findFirst()
                .map(row -> (String) row.get(0));
    }

    public Optional<PersonRecord> person(long id) {
        return read("select u.id, u.deployment_ref, d.council_name, u.subject, u.display_name from app_user u "
                + "join deployment d on d.id = u.deployment_ref where u.id = ?", id).stream().findFirst()
                .map(row -> new PersonRecord(((Number) row.get(0)).longValue(), ((Number) row.get(1)).longValue(),
                        (String) row.get(2), (String) row.get(3), Optional.ofNullable((String) row.get(4))));
    }

    /**
     * Every section held about the person, in the order of the export's README. With {@code byName}, also the
     * rows that name them only by their name as text (what they did as a trainer or lead), which a name shared
     * with someone else in the council would also find: for an administrator, who checks them, never for the
     * person's own download.
     */
    public List<Section> sections(PersonRecord person, boolean byName) {
        var sections = new ArrayList<Section>();
        try (var connection = dataSource.getConnection()) {
            long id = person.id();
            long council = person.deploymentRef();
            sections.add(read(connection, PERSON, PERSON_SQL, id));
            sections.add(read(connection, SESSIONS, SESSIONS_SQL, id));
            sections.add(read(connection, NEW_WINDOW_CODES, NEW_WINDOW_CODES_SQL, id));
            sections.add(read(connection, ROSTER_MEMBERSHIPS, ROSTER_MEMBERSHIPS_SQL, person.subject(), council));
            sections.add(read(connection, ROSTER_CHANGES, ROSTER_CHANGES_SQL, person.subject(), council));
            sections.add(read(connection, TEAMS, TEAMS_SQL, person.subject(), council));
            sections.add(read(connection, MODULE_PROGRESS, MODULE_PROGRESS_SQL, id));
            sections.add(read(connection, CHECK_ATTEMPTS, CHECK_ATTEMPTS_SQL, id));
            sections.add(read(connection, SELF_ASSESSMENTS, SELF_ASSESSMENTS_SQL, id));
            sections.add(read(connection, RATINGS, RATINGS_SQL, id));
            sections.add(read(connection, SCENARIO_ANSWERS, SCENARIO_ANSWERS_SQL, id));
            sections.add(read(connection, PRACTICE_ANSWERS, PRACTICE_ANSWERS_SQL, id));
            sections.add(read(connection, PULSE_ANSWERS, PULSE_ANSWERS_SQL, id));
            sections.add(read(connection, SCORES, SCORES_SQL, id));
            if (byName) {
                var name = person.name().filter(n -> !n.isBlank());
                for (var named : List.of(new ByName(DUE_DATES, DUE_DATES_SQL, council),
                        new ByName(GRADEBOOK_SETTINGS, GRADEBOOK_SETTINGS_SQL, council),
                        new ByName(MODULES, MODULES_SQL, CatalogueEntry.ownerOf(council)),
                        new ByName(DRAFTS, DRAFTS_SQL, council),
                        new ByName(PUBLICATIONS, PUBLICATIONS_SQL, CatalogueEntry.ownerOf(council)),
                        new ByName(MODULE_CHANGES, MODULE_CHANGES_SQL, council))) {
                    sections.add(name.isEmpty() ? named.section()
                            : read(connection, named.section(), named.sql(), named.council(), name.get()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the data held about person " + person.id(), e);
        }
        return sections;
    }

    /** A section found by the person's name stored as text in one council's rows. */
    private record ByName(Section section, String sql, Object council) {
    }

    private List<List<Object>> read(String sql, Object... parameters) {
        try (var connection = dataSource.getConnection()) {
            return rows(connection, sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot search the people the tool knows", e);
        }
    }

    private static Section read(Connection connection, Section section, String sql, Object... parameters)
            throws SQLException {
        return section.with(rows(connection, sql, parameters));
    }

    private static List<List<Object>> rows(Connection connection, String sql, Object... parameters) throws SQLException {
        try (var query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (var result = query.executeQuery()) {
                var meta = result.getMetaData();
                var rows = new ArrayList<List<Object>>();
                while (result.next()) {
                    var row = new ArrayList<Object>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.add(switch (meta.getColumnType(c)) {
                            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE ->
                                    Optional.ofNullable(result.getTimestamp(c)).map(Timestamp::toInstant).orElse(null);
                            case Types.DATE -> Optional.ofNullable(result.getDate(c)).map(java.sql.Date::toLocalDate)
                                    .orElse(null);
                            case Types.CLOB -> result.getString(c);
                            default -> result.getObject(c);
                        });
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    private static Section.Column column(String name, String meaning) {
        return new Section.Column(name, meaning);
    }

    private static Section section(String file, String title, String explanation, Section.Column... columns) {
        return new Section(file, title, explanation, List.of(columns), List.of());
    }

    static final Section PERSON = section("person", "who you are to Digital Practice",
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
            column("last_seen", "when you last opened Digital Practice"));
    static final String PERSON_SQL = "select u.id, d.council_name, r.platform_name, r.issuer, d.deployment_id, "
            + "u.subject, u.display_name, u.email, u.first_seen, u.last_seen from app_user u "
            + "join deployment d on d.id = u.deployment_ref join platform_registration r on r.id = d.registration_id "
            + "where u.id = ?";

    static final Section SESSIONS = section("sessions", "times you are signed in now",
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
            column("waiting_for_new_window", "true if the session waited for you to continue in a new window"));
    static final String SESSIONS_SQL = "select s.created_at, s.expires_at, s.role, s.message_type, s.target, "
            + "c.title, p.title, s.awaiting_handover from launch_session s left join course c on c.id = s.course_ref "
            + "left join placement p on p.id = s.placement_ref where s.user_ref = ? order by s.created_at";

    static final Section NEW_WINDOW_CODES = section("new_window_codes", "codes to continue in a new window",
            "When your browser blocks what Digital Practice needs inside the platform's page, it offers to continue "
                    + "in a new window with a code that works once, for 5 minutes. The code itself is stored only as "
                    + "a one-way hash, which is left out; an unused code is deleted within an hour of expiring.",
            column("expires", "when the code stops working"));
    static final String NEW_WINDOW_CODES_SQL = "select h.expires_at from launch_handover h join launch_session s "
            + "on s.id = h.session_id where s.user_ref = ? order by h.expires_at";

    static final Section ROSTER_MEMBERSHIPS = section("roster_memberships", "courses your platform lists you on",
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
            column("left", "when the roster first showed you gone or inactive, if it did"));
    static final String ROSTER_MEMBERSHIPS_SQL = "select c.title, c.context_id, m.display_name, m.email, m.roles, "
            + "m.status, m.first_seen, m.last_seen, m.left_at from roster_member m join course c on c.id = m.course_ref "
            + "where m.user_id = ? and c.deployment_ref = ? order by c.title, m.first_seen";

    static final Section ROSTER_CHANGES = section("roster_changes", "changes to your place on course rosters",
            "Each time a roster is fetched, Digital Practice notes who joined, left or changed. Nobody sees these "
                    + "notes in the tool.",
            column("noted", "when the roster was fetched"),
            column("course", "the course's title"),
            column("change", "JOINED, LEFT or CHANGED"),
            column("detail", "what changed, for example the fields that differ"));
    static final String ROSTER_CHANGES_SQL = "select s.fetched_at, c.title, ch.kind, ch.detail from roster_change ch "
            + "join roster_snapshot s on s.id = ch.snapshot_ref join course c on c.id = s.course_ref "
            + "where ch.user_id = ? and c.deployment_ref = ? order by s.fetched_at";

    static final Section TEAMS = section("teams", "the teams your platform puts you in",
            "Where your learning platform shares a course's groups (the LTI Course Groups Service), Digital Practice "
                    + "fetches them with the roster, so that learning leads can look at one team. These are the "
                    + "groups it last saw you in, one row per course and group; a group you leave is gone at the "
                    + "next fetch.",
            column("course", "the course's title"),
            column("course_id", "the platform's id for the course"),
            column("team", "the group's name in the platform"),
            column("tag", "the platform's tag for the group, if it gave one"),
            column("fetched", "when Digital Practice last fetched the course's groups"));
    static final String TEAMS_SQL = "select c.title, c.context_id, g.name, g.tag, g.fetched_at "
            + "from course_group_member m join course_group g on g.course_ref = m.course_ref "
            + "and g.group_id = m.group_id join course c on c.id = m.course_ref "
            + "where m.user_id = ? and c.deployment_ref = ? order by c.title, g.name";

    static final Section MODULE_PROGRESS = section("module_progress", "your way through each module",
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
            column("reflection", "your reflection, exactly as you wrote it"));
    static final String MODULE_PROGRESS_SQL = "select m.slug, v.version_number, v.title, pl.title, p.started_at, "
            + "p.last_activity_at, p.seconds_spent, p.resume_at, p.lessons_seen, p.scenario_step, p.scenario_trail, "
            + "p.scenario_finished, p.check_attempts, p.best_check_score, p.check_passed, p.completed_at, "
            + "p.completion_score, p.reflection from module_progress p join training_module m on m.id = p.module_ref "
            + "join module_version v on v.id = p.version_ref left join placement pl on pl.id = p.placement_ref "
            + "where p.user_ref = ? order by p.started_at, p.id";

    static final Section CHECK_ATTEMPTS = section("check_attempts", "your knowledge check answers",
            "Each time you submitted a module's knowledge check: your score and the options you chose, kept so "
                    + "that you can see your feedback again. Only you see them.",
            column("module", "the module's short name"),
            column("module_version", "the version of the module"),
            column("attempt", "1 for your first go, 2 for your second, and so on"),
            column("submitted", "when you submitted it"),
            column("score", "your score, in per cent"),
            column("passed", "whether it reached the pass mark"),
            column("answers", "for each question: its id, '=', then the positions of the options you chose "
                    + "(counting from 0), questions separated by semicolons"));
    static final String CHECK_ATTEMPTS_SQL = "select m.slug, v.version_number, a.attempt_number, a.submitted_at, "
            + "a.score, a.passed, a.answers from check_attempt a join module_progress p on p.id = a.progress_ref "
            + "join training_module m on m.id = p.module_ref join module_version v on v.id = p.version_ref "
            + "where p.user_ref = ? order by a.submitted_at, a.attempt_number";

    static final Section SELF_ASSESSMENTS = section("self_assessments", "your capability self-assessments",
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
            column("score_maximum", "out of how many"));
    static final String SELF_ASSESSMENTS_SQL = "select a.attempt_number, f.version_number, a.status, a.started_at, "
            + "a.updated_at, a.submitted_at, a.resume_at, pl.title, a.grade_mode, a.score_given, a.score_maximum "
            + "from assessment_attempt a join framework_version f on f.id = a.framework_ref "
            + "left join placement pl on pl.id = a.placement_ref where a.user_ref = ? order by a.attempt_number";

    static final Section RATINGS = section("self_assessment_ratings", "how you rated yourself",
            "Your rating of each capability statement, by self-assessment attempt.",
            column("attempt", "the self-assessment attempt"),
            column("statement", "the statement's code in the self-assessment's questions"),
            column("rating", "0 Not yet, 1 Aware, 2 Practising, 3 Leading, or na (Not applicable)"));
    static final String RATINGS_SQL = "select a.attempt_number, r.statement_code, r.rating from assessment_rating r "
            + "join assessment_attempt a on a.id = r.attempt_ref where a.user_ref = ? "
            + "order by a.attempt_number, r.statement_code";

    static final Section SCENARIO_ANSWERS = section("self_assessment_scenario_answers",
            "your answers to the self-assessment's scenarios",
            "The option you chose in each scenario question of the self-assessment. Only you see them.",
            column("attempt", "the self-assessment attempt"),
            column("scenario", "the scenario's id in the self-assessment's questions"),
            column("option", "the position of the option you chose (counting from 0)"));
    static final String SCENARIO_ANSWERS_SQL = "select a.attempt_number, s.scenario_id, s.option_index "
            + "from assessment_scenario_answer s join assessment_attempt a on a.id = s.attempt_ref "
            + "where a.user_ref = ? order by a.attempt_number, s.scenario_id";

    static final Section PRACTICE_ANSWERS = section("self_assessment_practice_answers",
            "your answers about your practice",
            "The 'your practice' questions: the options you ticked and anything you typed in 'Anything else you "
                    + "want to tell us'. Leads see counts of ticked options for groups of 5 or more; nobody sees "
                    + "what you typed once you submit.",
            column("attempt", "the self-assessment attempt"),
            column("question", "the question's id"),
            column("options_ticked", "the ids of the options you ticked, separated by commas"),
            column("anything_else", "what you typed, exactly as you wrote it"));
    static final String PRACTICE_ANSWERS_SQL = "select a.attempt_number, p.question_id, p.option_ids, p.other_text "
            + "from assessment_practice_answer p join assessment_attempt a on a.id = p.attempt_ref "
            + "where a.user_ref = ? order by a.attempt_number, p.question_id";

    static final Section PULSE_ANSWERS = section("practice_pulse_answers", "your practice pulse answers",
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
            column("your_words", "what you wrote in the answer's box, exactly as you wrote it, if anything"));
    static final String PULSE_ANSWERS_SQL = "select r.quarter, r.answered_at, r.changed_at, c.title, v.version_number, "
            + "a.question_id, a.option_id, a.free_text from pulse_response r join pulse_answer a on a.response_ref = r.id "
            + "join pulse_questions_version v on v.id = r.version_ref left join course c on c.id = r.course_ref "
            + "where r.user_ref = ? order by r.quarter, a.id";

    static final Section SCORES = section("gradebook_scores", "results sent to your platform's gradebook",
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
            column("note", "what Digital Practice did besides a plain send, if anything"));
    static final String SCORES_SQL = "select q.created_at, q.label, pl.title, q.user_id, q.score_given, "
            + "q.score_maximum, q.activity_progress, q.grading_progress, q.score_timestamp, q.score_comment, q.status, "
            + "q.attempts, q.last_error, q.sent_at, q.sent_timestamp, q.note from score_outbox q "
            + "left join placement pl on pl.id = q.placement_ref where q.user_ref = ? order by q.created_at, q.id";

    private static final String BY_NAME = " These rows were found by matching your name, as stored in text, in "
            + "your council: a name alone could also be someone else's, so your council checks them before sending "
            + "them to you.";

    static final Section DUE_DATES = section("due_dates_set", "due dates you set as a learning lead",
            "Learning leads can set the date by which learners should finish an activity; the lead's name is kept "
                    + "with it." + BY_NAME,
            column("course", "the course's title"),
            column("link", "the activity's link in the course"),
            column("due_on", "the date set"),
            column("set", "when it was set"),
            column("set_by", "the name stored"));
    static final String DUE_DATES_SQL = "select c.title, p.title, d.due_on, d.set_at, d.set_by from placement_due_date d "
            + "join placement p on p.id = d.placement_ref join course c on c.id = p.course_ref "
            + "where c.deployment_ref = ? and d.set_by = ? order by d.set_at";

    static final Section GRADEBOOK_SETTINGS = section("gradebook_settings_chosen",
            "gradebook settings you chose as a trainer",
            "Trainers choose what a self-assessment link sends to the gradebook; the last trainer's name is kept "
                    + "with it." + BY_NAME,
            column("course", "the course's title"),
            column("link", "the link in the course"),
            column("mode", "completion or score"),
            column("chosen", "when it was chosen"),
            column("chosen_by", "the name stored"));
    static final String GRADEBOOK_SETTINGS_SQL = "select c.title, p.title, g.mode, g.updated_at, g.updated_by "
            + "from assessment_grading g join placement p on p.id = g.placement_ref join course c on c.id = p.course_ref "
            + "where c.deployment_ref = ? and g.updated_by = ? order by g.updated_at";

    static final Section MODULES = section("modules_changed", "your council's modules you changed last as a trainer",
            "A council's own modules keep the name of the trainer who last published, archived or created "
                    + "them." + BY_NAME,
            column("module", "the module's short name"),
            column("status", "DRAFT, PUBLISHED or ARCHIVED"),
            column("changed", "when it was changed"),
            column("changed_by", "the name stored"));
    static final String MODULES_SQL = "select slug, status, updated_at, updated_by from training_module "
            + "where owner = ? and updated_by = ? order by updated_at";

    static final Section DRAFTS = section("drafts_saved", "module drafts you saved last as a trainer",
            "A draft is a council's working copy of a module; it keeps the name of the trainer who saved it "
                    + "last. The drafts' content is not included: it is training material, not data about you."
                    + BY_NAME,
            column("module", "the module's short name"),
            column("based_on", "what the draft was made from"),
            column("saved", "when it was saved"),
            column("saved_by", "the name stored"));
    static final String DRAFTS_SQL = "select slug, based_on, updated_at, updated_by from module_draft "
            + "where deployment_ref = ? and updated_by = ? order by updated_at";

    static final Section PUBLICATIONS = section("versions_published", "versions of modules you published as a trainer",
            "Each time a trainer publishes one of the council's modules, or rolls it back to an earlier version, the "
                    + "version is kept with the name of the trainer who published it." + BY_NAME,
            column("module", "the module's short name"),
            column("version", "the version's number, as trainers see it"),
            column("published", "when it was published"),
            column("restored_from", "the earlier version it put back, for a roll back"),
            column("published_by", "the name stored"));
    static final String PUBLICATIONS_SQL = "select m.slug, p.number, p.published_at, p.restored_from, p.published_by "
            + "from publication p join training_module m on m.id = p.module_ref "
            + "where m.owner = ? and p.published_by = ? order by p.published_at, p.number";

    static final Section MODULE_CHANGES = section("module_changes_recorded", "changes to modules recorded under your name",
            "Digital Practice records who copied, imported, published and archived each of a council's modules, "
                    + "for the council's trainers to see." + BY_NAME,
            column("happened", "when"),
            column("action", "COPY, IMPORT, PUBLISH or ARCHIVE"),
            column("module", "the module's short name"),
            column("version", "the version published, if any"),
            column("detail", "what the record says"),
            column("by", "the name stored"));
    static final String MODULE_CHANGES_SQL = "select happened_at, action, slug, version_number, detail, person "
            + "from audit_entry where deployment_ref = ? and person = ? order by happened_at, id";
}
