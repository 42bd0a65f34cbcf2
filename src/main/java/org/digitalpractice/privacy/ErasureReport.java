package org.digitalpractice.privacy;

import jakarta.json.Json;

import java.time.Instant;

/**
 * What one erasure removed and kept, in counts per kind: the answer to the administrator, never the log's.
 *
 * @param removed       rows deleted, or free text cleared, per kind
 * @param namesRemoved  rows of staff work that kept the person's name as text, now "(name removed)"
 * @param kept          rows kept without anything that says whose they are, because the council's totals count them
 * @param leftTheTotals rows the totals counted, deleted too because the administrator chose to keep nothing
 */
public record ErasureReport(long person, Instant at, boolean alreadyErased, Removed removed, NamesRemoved namesRemoved,
                            Kept kept, LeftTheTotals leftTheTotals) {

    /** {@code pulseFreeText}: practice pulse answers whose own words were removed; the answers stay, de-identified. */
    public record Removed(int sessions, int newWindowCodes, int rosterMemberships, int rosterChanges,
                          int teamMemberships, int checkAttempts, int reflections, int selfAssessmentScenarioAnswers,
                          int selfAssessmentFreeText, int unfinishedSelfAssessments, int pulseFreeText,
                          int unsentScores, int otherScores) {
        static final Removed NOTHING = new Removed(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    public record NamesRemoved(int dueDates, int gradebookSettings, int modules, int drafts, int moduleChanges) {
        static final NamesRemoved NONE = new NamesRemoved(0, 0, 0, 0, 0);
    }

    public record Kept(int moduleProgress, int submittedSelfAssessments) {
        static final Kept NOTHING = new Kept(0, 0);
    }

    /** What an erasure that keeps nothing deleted of what the council's totals counted. */
    public record LeftTheTotals(int moduleProgress, int selfAssessments, int pulseResponses) {
        static final LeftTheTotals NONE = new LeftTheTotals(0, 0, 0);
    }

    /** Erasing someone already erased (or de-identified by retention) finds nothing left: it succeeds, doing nothing. */
    static ErasureReport nothingLeft(long person, Instant at) {
        return new ErasureReport(person, at, true, Removed.NOTHING, NamesRemoved.NONE, Kept.NOTHING,
                LeftTheTotals.NONE);
    }

    public String json() {
        var json = Json.createObjectBuilder()
                .add("person", person)
                .add("at", at.toString())
                .add("erased", !alreadyErased)
                .add("alreadyErased", alreadyErased);
        if (alreadyErased) {
            return json.add("message", "Person " + person + " was already erased (or de-identified by retention): "
                    + "nothing was left to remove, and nothing was done.").build().toString();
        }
        return json
                .add("removed", Json.createObjectBuilder()
                        .add("sessions", removed.sessions())
                        .add("newWindowCodes", removed.newWindowCodes())
                        .add("rosterMemberships", removed.rosterMemberships())
                        .add("rosterChanges", removed.rosterChanges())
                        .add("teamMemberships", removed.teamMemberships())
                        .add("checkAttempts", removed.checkAttempts())
                        .add("reflections", removed.reflections())
                        .add("selfAssessmentScenarioAnswers", removed.selfAssessmentScenarioAnswers())
                        .add("selfAssessmentFreeText", removed.selfAssessmentFreeText())
                        .add("unfinishedSelfAssessments", removed.unfinishedSelfAssessments())
                        .add("pulseFreeText", removed.pulseFreeText())
                        .add("unsentScores", removed.unsentScores())
                        .add("otherScores", removed.otherScores()))
                .add("namesRemoved", Json.createObjectBuilder()
                        .add("dueDates", namesRemoved.dueDates())
                        .add("gradebookSettings", namesRemoved.gradebookSettings())
                        .add("modules", namesRemoved.modules())
                        .add("drafts", namesRemoved.drafts())
                        .add("moduleChanges", namesRemoved.moduleChanges()))
                .add("keptDeIdentified", Json.createObjectBuilder()
                        .add("moduleProgress", kept.moduleProgress())
                        .add("submittedSelfAssessments", kept.submittedSelfAssessments()))
                .add("deletedFromTotals", Json.createObjectBuilder()
                        .add("moduleProgress", leftTheTotals.moduleProgress())
                        .add("selfAssessments", leftTheTotals.selfAssessments())
                        .add("pulseResponses", leftTheTotals.pulseResponses()))
                .build().toString();
    }
}
