package org.digitalpractice.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.digitalpractice.assessment.SelfAssessments;
import org.digitalpractice.gradebook.ScoreOutbox;
import org.digitalpractice.insight.CourseRoster;
import org.digitalpractice.learning.LearnerProgress;
import org.digitalpractice.pulse.PulseResponses;
import org.digitalpractice.session.people.People;

import java.time.Instant;

/**
 * De-identifies someone who has left every course of their council, one person per transaction, so that a
 * failure leaves them whole to be tried again. Their progress and submitted self-assessments stay, linked to a
 * record that no longer says who they were, so the council's totals still count them.
 */
@ApplicationScoped
public class Leavers {

    /** What became of one leaver. */
    public enum Outcome {
        DE_IDENTIFIED,
        /** A score still to send needs their platform id: they wait until it is sent or fails. */
        SCORE_TO_SEND,
        /** They opened the tool within the period, perhaps from a course without a roster: still here. */
        SEEN_RECENTLY
    }

    @Inject
    People people;
    @Inject
    ScoreOutbox outbox;
    @Inject
    LearnerProgress progress;
    @Inject
    SelfAssessments assessments;
    @Inject
    PulseResponses pulse;
    @Inject
    CourseRoster rosters;
    @Inject
    org.digitalpractice.insight.CourseGroups teams;

    @Transactional
    public Outcome deIdentify(CourseRoster.Member leaver, Instant leftBefore) {
        var person = people.lock(leaver.deploymentRef(), leaver.userId());
        if (person.isPresent()) {
            long id = person.get().id();
            if (!person.get().lastSeen().isBefore(leftBefore)) {
                return Outcome.SEEN_RECENTLY;
            }
            if (outbox.hasPending(id)) {
                return Outcome.SCORE_TO_SEND;
            }
            outbox.forgetPerson(id);
            progress.deIdentify(id);
            assessments.deIdentify(id);
            pulse.deIdentify(id);
            people.anonymise(person.get());
        }
        rosters.forget(leaver, leftBefore);
        // Gone from every course: no team of the council still has them, even where a sync has not run since.
        teams.forget(leaver);
        return Outcome.DE_IDENTIFIED;
    }
}
