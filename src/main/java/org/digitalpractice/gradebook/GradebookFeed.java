package org.digitalpractice.gradebook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.digitalpractice.assessment.SelfAssessmentSubmitted;
import org.digitalpractice.learning.CourseShare;
import org.digitalpractice.learning.ModuleCompleted;
import org.digitalpractice.learning.ModuleStarted;
import org.digitalpractice.lti.services.AgsClient;
import org.digitalpractice.session.people.Person;
import org.digitalpractice.session.people.Placement;
import org.digitalpractice.session.people.Placements;

import java.util.List;
import java.util.Optional;

/**
 * Turns what learners do into queued scores, inside the same transaction. A module completed is a result (by the
 * link's mode: the knowledge-check score, or 1 of 1); a module started is reported only where the link asks for
 * progress. A link to the tool's home page with a gradebook column of its own receives the share of the course's
 * modules the learner has completed. Only links whose launch offered the AGS score service get scores.
 */
@ApplicationScoped
public class GradebookFeed {

    static final String MODULE = "module";
    /** The tag of the self-assessment's gradebook column, and the activity name of links that open it. */
    static final String SELF_ASSESSMENT = Placement.SELF_ASSESSMENT;
    /** The source and key of a home link's own column: the course's modules completed. */
    static final String COURSE = "course";

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;
    @Inject
    ScoreOutbox outbox;
    @Inject
    CourseShare shares;
    @Inject
    Placements placements;

    void started(@Observes ModuleStarted started) {
        placement(started.placementRef()).filter(Placement::progressScores).ifPresent(placement -> outbox.enqueue(
                started.deploymentRef(), started.userRef(), placement.id(), QueuedScore.Content.started(
                        new QueuedScore.Activity(MODULE, started.moduleSlug(), started.progressRef(),
                                started.moduleTitle(), lineItem(placement, started.moduleSlug())),
                        subject(started.userRef()), started.startedAt(), "Started " + started.moduleTitle())));
    }

    void completed(@Observes ModuleCompleted completed) {
        if (completed.carried() && outbox.holdsResult(completed.placementRef().orElseThrow(), completed.userRef(),
                MODULE, completed.moduleSlug(), completed.progressRef())) {
            return;
        }
        placement(completed.placementRef()).ifPresent(placement -> {
            boolean byScore = "score".equals(placement.gradebookMode());
            outbox.enqueue(completed.deploymentRef(), completed.userRef(), placement.id(), QueuedScore.Content.completed(
                    new QueuedScore.Activity(MODULE, completed.moduleSlug(), completed.progressRef(),
                            completed.moduleTitle(), lineItem(placement, completed.moduleSlug())),
                    subject(completed.userRef()), byScore ? completed.score() : 1.0, byScore ? 100.0 : 1.0,
                    completed.completedAt(), "Completed " + completed.moduleTitle() + (byScore
                            // A link that records completion only must not pass the score on in its comment.
                            ? " with " + completed.score() + "% in the knowledge check" : "")));
        });
        completed.placementRef().flatMap(placements::find).ifPresent(through ->
                homeLinks(through.courseRef()).forEach(home -> {
                    var share = shares.of(completed.userRef(), completed.deploymentRef(), home.courseRef());
                    var activity = new QueuedScore.Activity(COURSE, COURSE, home.courseRef(),
                            Optional.ofNullable(home.title()).orElse("Digital Practice"), home.agsLineItem().orElseThrow());
                    var words = share.completed() + " of " + share.of() + " modules completed";
                    var user = subject(completed.userRef());
                    outbox.enqueue(completed.deploymentRef(), completed.userRef(), home.id(), share.all()
                            ? QueuedScore.Content.completed(activity, user, share.completed(), share.of(),
                            completed.completedAt(), words)
                            : QueuedScore.Content.partway(activity, user, share.completed(), share.of(),
                            completed.completedAt(), words));
                }));
    }

    void submitted(@Observes SelfAssessmentSubmitted submitted) {
        placement(submitted.placementRef()).ifPresent(placement -> outbox.enqueue(submitted.deploymentRef(),
                submitted.userRef(), placement.id(), QueuedScore.Content.completed(
                        new QueuedScore.Activity(SELF_ASSESSMENT, SELF_ASSESSMENT, submitted.attemptRef(),
                                "Digital capability self-assessment", lineItem(placement, SELF_ASSESSMENT)),
                        subject(submitted.userRef()), submitted.scoreGiven(), submitted.scoreMaximum(),
                        submitted.submittedAt(), "Self-assessment submitted")));
    }

    private Optional<Placement> placement(Optional<Long> placementRef) {
        return placementRef.flatMap(placements::find).filter(GradebookFeed::takesScores)
                .filter(p -> p.agsLineItem().isPresent() || p.agsLineItems().isPresent());
    }

    /** The course's links to the home page that have a gradebook column of their own. */
    private List<Placement> homeLinks(long courseRef) {
        return placements.homeLinksWithTheirOwnColumn(courseRef).stream().filter(GradebookFeed::takesScores).toList();
    }

    private static boolean takesScores(Placement placement) {
        return placement.agsScopes().contains(AgsClient.SCOPE_SCORE);
    }

    /** A link that opens this very activity has its own gradebook column; a general link gets one per activity. */
    private static String lineItem(Placement placement, String key) {
        return placement.moduleSlug().filter(key::equals).flatMap(s -> placement.agsLineItem()).orElse(null);
    }

    private String subject(long userRef) {
        return em.find(Person.class, userRef).subject();
    }
}
