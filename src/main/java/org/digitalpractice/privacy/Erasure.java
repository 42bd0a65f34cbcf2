package org.digitalpractice.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.digitalpractice.assessment.SelfAssessments;
import org.digitalpractice.catalogue.versions.Catalogue;
import org.digitalpractice.catalogue.authoring.AuditTrail;
import org.digitalpractice.catalogue.authoring.Drafts;
import org.digitalpractice.gradebook.ScoreOutbox;
import org.digitalpractice.insight.CourseRoster;
import org.digitalpractice.insight.completion.CompletionMatrix;
import org.digitalpractice.learning.LearnerProgress;
import org.digitalpractice.pulse.PulseResponses;
import org.digitalpractice.session.LaunchSessions;
import org.digitalpractice.session.NewWindowHandovers;
import org.digitalpractice.session.people.People;

import java.time.Clock;
import java.util.Optional;

/**
 * Erases one person now, at an administrator's request: what retention does to someone who left (each feature's
 * store de-identifies its own rows), and more, since it does not wait. Their scores still to send are deleted
 * rather than waited for, they come off rosters they are still on, and their name comes off what they did as a
 * trainer or lead. What the council's totals count stays, linked to a record that no longer says who it was.
 *
 * <p>All of it is one transaction with the log entry that records it, so an erasure is whole or not at all.
 */
@ApplicationScoped
public class Erasure {

    @Inject
    People people;
    @Inject
    LaunchSessions sessions;
    @Inject
    NewWindowHandovers handovers;
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
    @Inject
    CompletionMatrix dueDates;
    @Inject
    Catalogue catalogue;
    @Inject
    Drafts drafts;
    @Inject
    AuditTrail moduleChanges;
    @Inject
    PersonalRecords records;
    @Inject
    PrivacyLog log;
    @Inject
    Clock clock;

    /**
     * Takes someone who never opened the tool off every roster of their council, with the roster changes that
     * mention them. Empty when no roster there lists them. While the platform still enrols them, its next roster
     * fetch lists them again, which the answer says.
     */
    @Transactional
    public Optional<RosterErasure> eraseFromRosters(long deploymentRef, String subject) {
        return records.onRosterOnly(deploymentRef, subject).map(person -> {
            var member = new CourseRoster.Member(deploymentRef, subject);
            var forgotten = rosters.forgetEverywhere(member);
            int teamMemberships = teams.forget(member);
            log.record(PrivacyLogEntry.Action.ERASURE, deploymentRef);
            return new RosterErasure(person.council(), clock.instant(), forgotten.memberships(), forgotten.changes(),
                    teamMemberships);
        });
    }

    /** What an erasure keeps of what the council's totals count. */
    public enum Keep {
        /** Progress, submitted self-assessments and pulse answers stay, de-identified, so the totals do not change. */
        TOTALS,
        /** They go too: the totals drop by this person, and no row-level trace of them is left. */
        NOTHING;

        /** {@code totals} (or nothing said) or {@code nothing}; anything else is {@link Refused} with a 400. */
        public static Keep of(String value) {
            if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("totals")) {
                return TOTALS;
            }
            if (value.strip().equalsIgnoreCase("nothing")) {
                return NOTHING;
            }
            var shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
            throw new Refused(400, "keep must be 'totals' (keep their progress, de-identified, for the council's "
                    + "totals; the default) or 'nothing' (delete that too), not '" + shown + "'.");
        }
    }

    /** Empty when there is no person with this id. */
    @Transactional
    public Optional<ErasureReport> erase(long personId, Keep keep) {
        var found = people.lock(personId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var person = found.get();
        var now = clock.instant();
        if (People.erased(person)) {
            return Optional.of(ErasureReport.nothingLeft(personId, now));
        }
        long council = person.deploymentRef();
        var scores = outbox.forgetEverything(personId);
        var learning = progress.deIdentify(personId);
        var assessment = assessments.deIdentify(personId);
        var pulseWords = pulse.deIdentify(personId);
        var roster = rosters.forgetEverywhere(new CourseRoster.Member(council, person.subject()));
        int teamMemberships = teams.forget(new CourseRoster.Member(council, person.subject()));
        var names = ErasureReport.NamesRemoved.NONE;
        var name = person.displayName();
        if (name != null && !name.isBlank()) {
            names = new ErasureReport.NamesRemoved(dueDates.forgetName(council, name),
                    assessments.forgetName(council, name), catalogue.forgetName(council, name),
                    drafts.forgetName(council, name), moduleChanges.forgetName(council, name));
        }
        var leftTheTotals = ErasureReport.LeftTheTotals.NONE;
        var kept = new ErasureReport.Kept(learning.modulesKept(), assessment.submittedKept());
        if (keep == Keep.NOTHING) {
            leftTheTotals = new ErasureReport.LeftTheTotals(progress.forgetEverything(personId),
                    assessments.forgetEverything(personId), pulse.forgetEverything(personId));
            kept = ErasureReport.Kept.NOTHING;
        }
        int codes = handovers.forgetPerson(personId);
        int signedIn = sessions.forgetPerson(personId);
        people.anonymise(person);
        log.record(PrivacyLogEntry.Action.ERASURE, council);
        return Optional.of(new ErasureReport(personId, now, false,
                new ErasureReport.Removed(signedIn, codes, roster.memberships(), roster.changes(), teamMemberships,
                        learning.checkAttempts(), learning.reflections(), assessment.scenarioAnswers(),
                        assessment.freeTexts(), assessment.unfinishedAttempts(), pulseWords, scores.unsent(),
                        scores.others()),
                names, kept, leftTheTotals));
    }
}
