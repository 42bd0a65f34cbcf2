package org.digitalpractice.retention;

import jakarta.json.Json;

import java.time.Instant;
import java.util.Optional;

/**
 * What one run removed, in counts only: the log and the administration API never show a name or an id.
 *
 * @param lastRun when another run started, if this one skipped because of it
 */
public record RetentionReport(Instant at, Optional<Instant> lastRun, RetentionPeriods periods, Removed removed,
                              Departed leavers, Departed unseen) {

    /**
     * Rows deleted because they expired or aged out; {@code pulseFreeTexts} counts practice pulse answers whose own
     * words were removed because their quarter ended, {@code registrationLinks} one-time registration links used or
     * expired a while ago.
     */
    public record Removed(int loginStates, int sessions, int handovers, int deliveredScores, int pulseFreeTexts,
                          int registrationLinks, int auditEntries, int privacyLogEntries) {
        static final Removed NOTHING = new Removed(0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** People gone from every course for longer than the period, by what became of them. */
    public record Departed(int deIdentified, int scoreToSend, int seenRecently, int failed) {
        static final Departed NOBODY = new Departed(0, 0, 0, 0);
    }

    static RetentionReport skipped(Instant at, Instant lastRun, RetentionPeriods periods) {
        return new RetentionReport(at, Optional.of(lastRun), periods, Removed.NOTHING, Departed.NOBODY,
                Departed.NOBODY);
    }

    public boolean ran() {
        return lastRun.isEmpty();
    }

    /** One line for the server log. */
    public String summary() {
        if (!ran()) {
            return "Retention: skipped, a run started at " + lastRun.get() + " (on this node or another)";
        }
        return "Retention: removed " + removed.loginStates() + " expired login states and nonces, "
                + removed.sessions() + " expired sessions, " + removed.handovers() + " expired new-window codes, "
                + removed.deliveredScores() + " delivered scores older than " + periods.deliveredScores().toDays()
                + " days, " + removed.pulseFreeTexts() + " practice pulse answers' own words from ended quarters, "
                + removed.registrationLinks() + " spent registration links, " + removed.auditEntries()
                + " audit log and " + removed.privacyLogEntries() + " privacy log entries older than "
                + periods.logs().toDays() + " days; "
                + "people gone from every course for over " + periods.leftCourse().toDays() + " days: "
                + leavers.deIdentified() + " de-identified, " + leavers.scoreToSend()
                + " kept until a score is sent, " + leavers.seenRecently() + " kept as seen since, "
                + leavers.failed() + " failed (tried again next run); people on no roster unseen for over "
                + periods.unseen().toDays() + " days: " + unseen.deIdentified() + " de-identified, "
                + unseen.scoreToSend() + " kept until a score is sent, " + unseen.failed() + " failed";
    }

    public String json() {
        var json = Json.createObjectBuilder()
                .add("ran", ran())
                .add("at", at.toString())
                .add("settings", Json.createObjectBuilder()
                        .add("deliveredScoresDays", periods.deliveredScores().toDays())
                        .add("leftCourseDays", periods.leftCourse().toDays())
                        .add("unseenDays", periods.unseen().toDays())
                        .add("logDays", periods.logs().toDays()));
        if (!ran()) {
            return json.add("lastRun", lastRun.get().toString())
                    .add("reason", "Another run started at " + lastRun.get() + ", less than "
                            + org.digitalpractice.infrastructure.ClusterTurn.HOURLY.toMinutes() + " minutes earlier (on this node or another), so "
                            + "this one did nothing.")
                    .build().toString();
        }
        return json
                .add("removed", Json.createObjectBuilder()
                        .add("loginStates", removed.loginStates())
                        .add("sessions", removed.sessions())
                        .add("handovers", removed.handovers())
                        .add("deliveredScores", removed.deliveredScores())
                        .add("pulseFreeTexts", removed.pulseFreeTexts())
                        .add("registrationLinks", removed.registrationLinks())
                        .add("auditEntries", removed.auditEntries())
                        .add("privacyLogEntries", removed.privacyLogEntries()))
                .add("leavers", Json.createObjectBuilder()
                        .add("deIdentified", leavers.deIdentified())
                        .add("keptForScoreToSend", leavers.scoreToSend())
                        .add("keptAsSeenRecently", leavers.seenRecently())
                        .add("failed", leavers.failed()))
                .add("unseenOnNoRoster", Json.createObjectBuilder()
                        .add("deIdentified", unseen.deIdentified())
                        .add("keptForScoreToSend", unseen.scoreToSend())
                        .add("failed", unseen.failed()))
                .build().toString();
    }
}
