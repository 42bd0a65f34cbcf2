package org.digitalpractice.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.digitalpractice.assessment.framework.Framework;
import org.digitalpractice.assessment.framework.FrameworkLoader;
import org.digitalpractice.assessment.framework.Frameworks;
import org.digitalpractice.assessment.framework.Rating;
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.session.people.People;
import org.digitalpractice.session.people.Placement;
import org.digitalpractice.session.Viewer;
import org.digitalpractice.session.people.Placements;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/**
 * Learners' self-assessment attempts: starting one on the current framework version, saving answers page by page,
 * submitting, and the history of submitted attempts. Answers are only ever read back for their own learner.
 */
@ApplicationScoped
public class SelfAssessments {

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Placements placements;
    @Inject
    FrameworkLoader loader;
    @Inject
    Frameworks frameworks;
    @Inject
    SelfAssessments self;
    @Inject
    Event<SelfAssessmentSubmitted> submissions;

    /** An attempt with the framework version it was started on, and its answers so far. */
    public record Taking(AssessmentAttempt attempt, Framework framework, Answers answers) {
    }

    /** Every attempt of this learner in this council, oldest first. */
    public List<AssessmentAttempt> attempts(Viewer viewer) {
        return em.createQuery("select a from AssessmentAttempt a where a.userRef = :u and a.deploymentRef = :d "
                        + "order by a.attemptNumber", AssessmentAttempt.class)
                .setParameter("u", viewer.person().id()).setParameter("d", viewer.deployment().id())
                .getResultList();
    }

    public Optional<Taking> inProgress(Viewer viewer) {
        return attempts(viewer).stream().filter(a -> !a.submitted()).findFirst().map(this::taking);
    }

    /** The attempt in progress, or a new one on the current framework version. */
    public Taking start(Viewer viewer) {
        var existing = inProgress(viewer);
        if (existing.isPresent()) {
            return existing.get();
        }
        var current = loader.current().orElseThrow(SelfAssessments::unavailable);
        int number = attempts(viewer).stream().mapToInt(AssessmentAttempt::attemptNumber).max().orElse(0) + 1;
        try {
            self.insert(new AssessmentAttempt(viewer.deployment().id(), viewer.person().id(),
                    current.version().id(), viewer.placement().map(Placement::id).orElse(null), number,
                    areaPage(current.framework().domains().get(0)), clock.instant()));
        } catch (RuntimeException sameMomentInAnotherTab) {
            // the unique key (council, person, number) let the other request start it
        }
        return inProgress(viewer).orElseThrow(() -> new IllegalStateException("An attempt could not be started"));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(AssessmentAttempt attempt) {
        em.persist(attempt);
        em.flush();
    }

    public Taking taking(AssessmentAttempt attempt) {
        return new Taking(attempt, frameworks.version(attempt.frameworkRef()).framework(), answers(attempt.id()));
    }

    Answers answers(long attemptRef) {
        var ratings = new HashMap<String, Rating>();
        ratingRows(attemptRef).forEach(row ->
                Rating.of(row.rating()).ifPresent(r -> ratings.put(row.statementCode(), r)));
        var choices = new HashMap<String, Integer>();
        scenarioRows(attemptRef).forEach(row -> choices.put(row.scenarioId(), row.optionIndex()));
        var practice = new HashMap<String, Answers.PracticeChoice>();
        practiceRows(attemptRef).forEach(row -> practice.put(row.questionId(), row.choice()));
        return new Answers(ratings, choices, practice);
    }

    /**
     * Stores the answers given on one page over those stored before, and where to resume. The attempt's row is
     * locked first, so two tabs saving at once take turns instead of inserting the same answer twice.
     */
    @Transactional
    public void save(long attemptRef, Answers given, String resumeAt) {
        var attempt = em.find(AssessmentAttempt.class, attemptRef, LockModeType.PESSIMISTIC_WRITE);
        if (attempt.submitted()) {
            throw alreadySubmitted();
        }
        var ratings = ratingRows(attemptRef);
        given.ratings().forEach((code, rating) -> ratings.stream().filter(r -> r.statementCode().equals(code))
                .findFirst().ifPresentOrElse(r -> r.change(rating.value()),
                        () -> em.persist(new StatementRating(attemptRef, code, rating.value()))));
        var scenarios = scenarioRows(attemptRef);
        given.scenarioChoices().forEach((id, option) -> scenarios.stream().filter(s -> s.scenarioId().equals(id))
                .findFirst().ifPresentOrElse(s -> s.change(option),
                        () -> em.persist(new ScenarioAnswer(attemptRef, id, option))));
        var practice = practiceRows(attemptRef);
        given.practice().forEach((id, choice) -> practice.stream().filter(p -> p.questionId().equals(id))
                .findFirst().ifPresentOrElse(p -> p.change(choice),
                        () -> em.persist(new PracticeAnswer(attemptRef, id, choice))));
        attempt.saved(resumeAt, clock.instant());
    }

    /**
     * Submits a complete attempt and records the grade its placement's gradebook is to receive, firing
     * {@link SelfAssessmentSubmitted} in the same transaction. Empty when the attempt was already submitted (a second
     * tab, a double click): it is submitted, and graded, once.
     */
    @Transactional
    public Optional<SelfAssessmentSubmitted> submit(Viewer viewer, long attemptRef) {
        var attempt = em.find(AssessmentAttempt.class, attemptRef, LockModeType.PESSIMISTIC_WRITE);
        if (attempt.submitted()) {
            return Optional.empty();
        }
        var taking = taking(attempt);
        if (taking.answers().firstIncompleteArea(taking.framework()).isPresent()) {
            throw new IllegalStateException("Attempt " + attemptRef + " is not complete");
        }
        var placement = attempt.placementRef().or(() -> viewer.placement().map(Placement::id));
        var mode = mode(placement);
        var grade = mode.grade(Profile.of(taking.framework(), taking.answers()));
        attempt.submit(mode, grade, placement.orElse(null), clock.instant());
        var submitted = new SelfAssessmentSubmitted(attempt.id(), attempt.deploymentRef(), attempt.userRef(),
                attempt.placementRef(), mode, grade.given(), grade.maximum(), attempt.submittedAt().orElseThrow());
        submissions.fire(submitted);
        return Optional.of(submitted);
    }

    /** The learner's submitted attempts with their profiles, each on its own framework version. */
    public History history(Viewer viewer) {
        return new History(attempts(viewer).stream().filter(AssessmentAttempt::submitted).map(attempt -> {
            var taking = taking(attempt);
            return new History.Entry(attempt.attemptNumber(), attempt.submittedAt().orElseThrow(),
                    Profile.of(taking.framework(), taking.answers()));
        }).toList());
    }

    /** The learner's latest submitted self-assessment, as their CPD record shows it; empty when they have none. */
    public Optional<SelfAssessmentRecord> forCpdRecord(Viewer viewer) {
        return attempts(viewer).stream().filter(AssessmentAttempt::submitted)
                .reduce((earlier, later) -> later)
                .map(attempt -> {
                    var taking = taking(attempt);
                    return SelfAssessmentRecord.of(taking.framework().title(), attempt,
                            Profile.of(taking.framework(), taking.answers()));
                });
    }

    /**
     * What a link's gradebook receives: the trainer's choice on the setup page, else the mode the link was placed
     * with (custom parameter gradebook), else completion.
     */
    public GradeMode mode(Optional<Long> placementRef) {
        return placementRef.flatMap(this::grading).map(PlacementGrading::mode)
                .or(() -> placementRef.flatMap(placements::find)
                        .flatMap(placement -> GradeMode.of(placement.gradebookMode())))
                .orElse(GradeMode.COMPLETION);
    }

    public Optional<PlacementGrading> grading(long placementRef) {
        return Optional.ofNullable(em.find(PlacementGrading.class, placementRef));
    }

    /** Sets what a placement's gradebook receives; two trainers saving at once both succeed, the later one last. */
    public void grade(long placementRef, GradeMode mode, String by) {
        if (grading(placementRef).isEmpty()) {
            try {
                self.insert(new PlacementGrading(placementRef, mode, clock.instant(), by));
                return;
            } catch (RuntimeException lostRace) {
                // another trainer set it at the same moment: change theirs below
            }
        }
        self.regrade(placementRef, mode, by);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(PlacementGrading grading) {
        em.persist(grading);
        em.flush();
    }

    @Transactional
    public void regrade(long placementRef, GradeMode mode, String by) {
        em.find(PlacementGrading.class, placementRef, LockModeType.PESSIMISTIC_WRITE).change(mode, clock.instant(), by);
    }

    static String areaPage(Framework.Domain area) {
        return "area-" + area.code();
    }

    static Problem unavailable() {
        return new Problem(503, "The self-assessment is not available yet",
                "The self-assessment's questions could not be loaded.",
                "Try again later. If it is still not available, tell your trainer.");
    }

    static Problem alreadySubmitted() {
        return new Problem(409, "You have already submitted this self-assessment",
                "Your answers were submitted, perhaps from another tab, so they can no longer be changed.",
                "Go to your self-assessment to see your profile, or take it again.");
    }

    private List<StatementRating> ratingRows(long attemptRef) {
        return em.createQuery("select r from StatementRating r where r.attemptRef = :a", StatementRating.class)
                .setParameter("a", attemptRef).getResultList();
    }

    private List<ScenarioAnswer> scenarioRows(long attemptRef) {
        return em.createQuery("select s from ScenarioAnswer s where s.attemptRef = :a", ScenarioAnswer.class)
                .setParameter("a", attemptRef).getResultList();
    }

    private List<PracticeAnswer> practiceRows(long attemptRef) {
        return em.createQuery("select p from PracticeAnswer p where p.attemptRef = :a", PracticeAnswer.class)
                .setParameter("a", attemptRef).getResultList();
    }

    /** What {@link #deIdentify} removed and kept, in counts. */
    public record DeIdentified(int scenarioAnswers, int freeTexts, int unfinishedAttempts, int submittedKept) {
    }

    /**
     * What stays of a learner who left: their submitted attempts with the ratings and ticked options that the
     * team totals count, no longer linked to them (their record is de-identified in {@code session}). What the
     * totals never use goes: the free text, scenario answers, and attempts never submitted.
     */
    @Transactional
    public DeIdentified deIdentify(long userRef) {
        var attempts = "(select id from assessment_attempt where user_ref = ?)";
        var unsubmitted = "(select id from assessment_attempt where user_ref = ? and status <> 'SUBMITTED')";
        int scenarioAnswers = update("delete from assessment_scenario_answer where attempt_ref in " + attempts, userRef);
        int freeTexts = update("update assessment_practice_answer set other_text = null where other_text is not null "
                + "and attempt_ref in " + attempts, userRef);
        update("delete from assessment_rating where attempt_ref in " + unsubmitted, userRef);
        update("delete from assessment_practice_answer where attempt_ref in " + unsubmitted, userRef);
        int unfinished = update("delete from assessment_attempt where user_ref = ? and status <> 'SUBMITTED'", userRef);
        int kept = ((Number) em.createNativeQuery("select count(*) from assessment_attempt where user_ref = ?")
                .setParameter(1, userRef).getSingleResult()).intValue();
        return new DeIdentified(scenarioAnswers, freeTexts, unfinished, kept);
    }

    /**
     * Takes an erased person's name off the gradebook settings they chose in their council; the setting stays.
     * Names are stored as text, so every setting made under the same name in the council goes too.
     */
    @Transactional
    public int forgetName(long deploymentRef, String name) {
        return em.createNativeQuery("update assessment_grading set updated_by = ? where updated_by = ? and placement_ref "
                        + "in (select p.id from placement p join course c on c.id = p.course_ref where c.deployment_ref = ?)")
                .setParameter(1, People.NAME_REMOVED).setParameter(2, name)
                .setParameter(3, deploymentRef).executeUpdate();
    }

    private int update(String sql, long userRef) {
        return em.createNativeQuery(sql).setParameter(1, userRef).executeUpdate();
    }

    /**
     * Deletes every self-assessment of a person with its answers (after {@link #deIdentify}), for an erasure that
     * keeps nothing for the team totals; answers how many attempts went.
     */
    @Transactional
    public int forgetEverything(long userRef) {
        var attempts = "(select id from assessment_attempt where user_ref = ?)";
        update("delete from assessment_scenario_answer where attempt_ref in " + attempts, userRef);
        update("delete from assessment_rating where attempt_ref in " + attempts, userRef);
        update("delete from assessment_practice_answer where attempt_ref in " + attempts, userRef);
        return update("delete from assessment_attempt where user_ref = ?", userRef);
    }
}
