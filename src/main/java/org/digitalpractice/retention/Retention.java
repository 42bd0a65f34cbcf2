package org.digitalpractice.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.digitalpractice.gradebook.ScoreOutbox;
import org.digitalpractice.insight.CourseRoster;
import org.digitalpractice.lti.launch.SingleUse;
import org.digitalpractice.pulse.PulseResponses;
import org.digitalpractice.pulse.Quarter;
import org.digitalpractice.session.LaunchSessions;
import org.digitalpractice.session.NewWindowHandovers;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * One retention run: takes the cluster's turn for this hour, removes what expired or aged out, then de-identifies
 * the people who left. Each step commits on its own, so a long run holds no lock and a failure keeps what was done.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());

    @Inject
    org.digitalpractice.infrastructure.ClusterTurn turn;

    /** Its row in cluster_lock (migration V14). */
    static final String JOB = "retention";
    @Inject
    SingleUse singleUse;
    @Inject
    LaunchSessions sessions;
    @Inject
    NewWindowHandovers handovers;
    @Inject
    ScoreOutbox outbox;
    @Inject
    CourseRoster rosters;
    @Inject
    PulseResponses pulse;
    @Inject
    Leavers leavers;
    @Inject
    org.digitalpractice.lti.dynamic.RegistrationLinks registrationLinks;
    @Inject
    Clock clock;
    /** Runs by outcome on this node, for the operators' metrics. */
    @Inject
    org.digitalpractice.infrastructure.Counters counters;

    @Inject
    @ConfigProperty(name = "dp.retention.delivered-scores-days", defaultValue = "30")
    long deliveredScoresDays;
    @Inject
    @ConfigProperty(name = "dp.retention.left-course-days", defaultValue = "365")
    long leftCourseDays;
    @Inject
    @ConfigProperty(name = "dp.retention.unseen-days", defaultValue = "1095")
    long unseenDays;
    @Inject
    @ConfigProperty(name = "dp.retention.log-days", defaultValue = "2190")
    long logDays;
    @Inject
    org.digitalpractice.admin.audit.AuditLog auditLog;
    @Inject
    org.digitalpractice.privacy.PrivacyLog privacyLog;
    /** Spent registration links hold no personal data; they are kept a while so that a person can see what happened. */
    @Inject
    @ConfigProperty(name = "dp.retention.registration-links-days", defaultValue = "30")
    long registrationLinksDays;

    public RetentionReport run() {
        var now = clock.instant();
        var periods = RetentionPeriods.ofDays(deliveredScoresDays, leftCourseDays, unseenDays, logDays);
        var taken = turn.take(JOB, org.digitalpractice.infrastructure.ClusterTurn.HOURLY, now);
        counters.increment("dp_retention_runs", "outcome", taken.taken() ? "ran" : "skipped");
        if (!taken.taken()) {
            var report = RetentionReport.skipped(now, taken.lastRun().orElseThrow(), periods);
            LOG.fine(report.summary());
            return report;
        }
        var removed = new RetentionReport.Removed(singleUse.forgetExpired(), sessions.forgetExpired(),
                handovers.forgetExpired(), outbox.forgetDelivered(periods.deliveredScoresBefore(now)),
                pulse.forgetFreeTextBefore(Quarter.of(now)),
                registrationLinks.forgetSpent(now.minus(java.time.Duration.ofDays(Math.max(1, registrationLinksDays)))),
                auditLog.forgetBefore(periods.logsBefore(now)), privacyLog.forgetBefore(periods.logsBefore(now)));
        var leftBefore = periods.leftCourseBefore(now);
        var gone = deIdentify(rosters.goneFromEveryCourse(leftBefore), leftBefore);
        var unseenBefore = periods.unseenBefore(now);
        var unseen = deIdentify(rosters.unseenOnNoRoster(unseenBefore), unseenBefore);
        var report = new RetentionReport(now, Optional.empty(), periods, removed, gone, unseen);
        LOG.info(report.summary());
        return report;
    }

    private RetentionReport.Departed deIdentify(List<CourseRoster.Member> people, Instant before) {
        var outcomes = new EnumMap<Leavers.Outcome, Integer>(Leavers.Outcome.class);
        int failed = 0;
        for (var person : people) {
            try {
                outcomes.merge(leavers.deIdentify(person, before), 1, Integer::sum);
            } catch (RuntimeException e) {
                failed++;
                // The exception's message may hold a platform id (a database's constraint error), so only its type.
                LOG.warning("Retention: someone could not be de-identified (" + e.getClass().getName()
                        + "); they are tried again next run");
            }
        }
        return new RetentionReport.Departed(outcomes.getOrDefault(Leavers.Outcome.DE_IDENTIFIED, 0),
                outcomes.getOrDefault(Leavers.Outcome.SCORE_TO_SEND, 0),
                outcomes.getOrDefault(Leavers.Outcome.SEEN_RECENTLY, 0), failed);
    }
}
