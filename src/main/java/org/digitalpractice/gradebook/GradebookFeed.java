package org.digitalpractice.gradebook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.digitalpractice.assessment.SelfAssessmentSubmitted;
import org.digitalpractice.learning.ModuleCompleted;
import org.digitalpractice.learning.ModuleStarted;
import org.digitalpractice.lti.AgsClient;
import org.digitalpractice.session.Person;
import org.digitalpractice.session.Placement;

import java.util.Optional;

/**
 * Turns what learners do into queued scores, inside the same transaction: a module started is reported as
 * Started and Pending, a module completed as Completed and FullyGraded, by the link's mode (score or completion).
 * Only links whose launch offered the AGS score service get scores.
 */
@ApplicationScoped
public class GradebookFeed {

    static final String MODULE = "module";
    /** The tag of the self-assessment's gradebook column, and the activity name of links that open it. */
    static final String SELF_ASSESSMENT = Placement.SELF_ASSESSMENT;

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;
    @Inject
    ScoreOutbox outbox;

    void started(@Observes ModuleStarted started) {
        placement(started.placementRef()).ifPresent(placement -> outbox.enqueue(started.deploymentRef(),
                started.userRef(), placement.id(), new QueuedScore.Content(MODULE, started.moduleSlug(),
                        started.progressRef(), started.moduleTitle(), lineItem(placement, started.moduleSlug()),
                        subject(started.userRef()), null, null, "Started", "Pending", started.startedAt(),
                        "Started " + started.moduleTitle())));
    }

    void completed(@Observes ModuleCompleted completed) {
        placement(completed.placementRef()).ifPresent(placement -> {
            boolean byScore = "score".equals(placement.gradebookMode());
            outbox.enqueue(completed.deploymentRef(), completed.userRef(), placement.id(), new QueuedScore.Content(
                    MODULE, completed.moduleSlug(), completed.progressRef(), completed.moduleTitle(),
                    lineItem(placement, completed.moduleSlug()), subject(completed.userRef()),
                    byScore ? (double) completed.score() : 1.0, byScore ? 100.0 : 1.0,
                    "Completed", "FullyGraded", completed.completedAt(),
                    "Completed " + completed.moduleTitle() + " with " + completed.score()
                            + "% in the knowledge check"));
        });
    }

    void submitted(@Observes SelfAssessmentSubmitted submitted) {
        placement(submitted.placementRef()).ifPresent(placement -> outbox.enqueue(submitted.deploymentRef(),
                submitted.userRef(), placement.id(), new QueuedScore.Content(SELF_ASSESSMENT, SELF_ASSESSMENT,
                        submitted.attemptRef(), "Digital capability self-assessment",
                        lineItem(placement, SELF_ASSESSMENT), subject(submitted.userRef()),
                        (double) submitted.scoreGiven(), (double) submitted.scoreMaximum(), "Completed",
                        "FullyGraded", submitted.submittedAt(), "Self-assessment submitted")));
    }

    private Optional<Placement> placement(Optional<Long> placementRef) {
        return placementRef.map(id -> em.find(Placement.class, id))
                .filter(p -> p.agsScopes().contains(AgsClient.SCOPE_SCORE))
                .filter(p -> p.agsLineItem().isPresent() || p.agsLineItems().isPresent());
    }

    /** A link that opens this very activity has its own gradebook column; a general link gets one per activity. */
    private static String lineItem(Placement placement, String key) {
        return placement.moduleSlug().filter(key::equals).flatMap(s -> placement.agsLineItem()).orElse(null);
    }

    private String subject(long userRef) {
        return em.find(Person.class, userRef).subject();
    }
}
