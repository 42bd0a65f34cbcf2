package org.digitalpractice.assessment;

import org.digitalpractice.assessment.framework.Rating;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.digitalpractice.assessment.SampleFramework.answers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a profile is scored from ratings and scenario answers. */
class ProfileTest {

    static List<String> codes(List<Profile.AreaResult> results) {
        return results.stream().map(r -> r.area().code()).toList();
    }

    @Test
    void notApplicableIsLeftOutOfTheMean() {
        var profile = answers().area("A", "3", "na", "1").area("B", "2", "2", "2").area("C", "0", "0")
                .area("D", "1", "1", "1").profile();
        var a = profile.area("A").orElseThrow();
        assertEquals(2.0, a.mean().getAsDouble(), "(3 + 1) / 2: the Not applicable statement does not count as 0");
        assertEquals(2, a.rated());
        assertEquals(1, a.notApplicable());
        assertEquals(Optional.of("2.0"), a.meanShown());
    }

    @Test
    void notApplicableIsLeftOutOfTheOverallMeanToo() {
        var profile = answers().area("A", "3", "na", "na").area("B", "1", "na", "na").area("C", "na", "na")
                .area("D", "na", "na", "2").profile();
        assertEquals(2.0, profile.mean().getAsDouble(), "(3 + 1 + 2) / 3");
        assertEquals(67, profile.percent());
    }

    @Test
    void anAreaAnsweredEntirelyNotApplicableIsNotAssessed() {
        var profile = answers().area("A", "2", "2", "2").area("B", "1", "1", "1").area("C", "na", "na")
                .area("D", "3", "3", "3").profile();
        var c = profile.area("C").orElseThrow();
        assertFalse(c.assessed());
        assertTrue(c.mean().isEmpty());
        assertEquals(Optional.empty(), c.meanShown());
        assertEquals(Optional.empty(), c.level());
        assertEquals("Not assessed: you chose Not applicable for every statement.", c.selfCheck());
        assertFalse(codes(profile.priorities()).contains("C"), "an area not assessed is never a priority");
        assertFalse(codes(profile.strengths()).contains("C"), "nor a strength");
    }

    @Test
    void theOverallPercentIsTheMeanRatingOfTheMaximum() {
        var profile = answers().area("A", "3", "3", "3").area("B", "3", "3", "3").area("C", "3", "3")
                .area("D", "0", "0", "0").profile();
        assertEquals(Optional.of("2.2"), profile.meanShown(), "24 points over 11 statements, not the mean of area means");
        assertEquals(73, profile.percent(), "2.18 of 3");
    }

    @Test
    void nothingRatedScoresZeroPercent() {
        var profile = answers().area("A", "na", "na", "na").area("B", "na", "na", "na").area("C", "na", "na")
                .area("D", "na", "na", "na").profile();
        assertTrue(profile.mean().isEmpty());
        assertEquals(0, profile.percent());
    }

    @Test
    void theLevelIsTheNearestPointOfTheScale() {
        assertEquals(Rating.NOT_YET, Rating.nearest(0.4));
        assertEquals(Rating.AWARE, Rating.nearest(0.5));
        assertEquals(Rating.PRACTISING, Rating.nearest(2.49));
        assertEquals(Rating.LEADING, Rating.nearest(2.5));
    }

    @Test
    void aHighRatingWithAMissedScenarioSuggestsAReview() {
        var profile = answers().area("A", "3", "3", "3").wrong("A-s1").area("B", "2", "2", "2")
                .area("C", "2", "2").area("D", "2", "2", "2").profile();
        assertEquals("You rated yourself Leading; the scenarios suggest a review.",
                profile.area("A").orElseThrow().selfCheck());
    }

    @Test
    void aHighRatingBorneOutByTheScenariosAgrees() {
        var profile = answers().area("A", "2", "2", "3").area("B", "2", "2", "2").area("C", "2", "2")
                .area("D", "2", "2", "2").profile();
        assertEquals("You rated yourself Practising; your scenario answers agree.",
                profile.area("A").orElseThrow().selfCheck());
    }

    @Test
    void aLowRatingWithTheScenariosRightMayBeModest() {
        var profile = answers().area("A", "0", "1", "0").area("B", "2", "2", "2").area("C", "2", "2")
                .area("D", "2", "2", "2").profile();
        assertEquals("You rated yourself Not yet; your scenario answers suggest you may know more than you think.",
                profile.area("A").orElseThrow().selfCheck());
    }

    @Test
    void aLowRatingWithAMissedScenarioIsAnAreaToBuild() {
        var profile = answers().area("A", "1", "1", "1").wrong("A-s1").area("B", "2", "2", "2").area("C", "2", "2")
                .area("D", "2", "2", "2").profile();
        assertEquals("You rated yourself Aware; the scenarios agree this is an area to build.",
                profile.area("A").orElseThrow().selfCheck());
    }

    /** Areas B to D rated Practising with every scenario right, for tests about area A. */
    static SampleFramework.Builder othersPractising(SampleFramework.Builder builder) {
        return builder.area("B", "2", "2", "2").area("C", "2", "2").area("D", "2", "2", "2");
    }

    @Test
    void practisingWithNeitherScenarioRightIsWorthASecondLook() {
        var profile = answers().area("A", "2", "2", "2").area("B", "2", "2", "2").wrong("B-s1").wrong("B-s2")
                .area("C", "2", "2").area("D", "2", "2", "2").profile();
        assertEquals(Optional.of("You rated yourself as confident in Area B (Practising), but your answers to both its "
                        + "scenarios suggest it is worth a second look. Read the feedback on them below. It can be hard "
                        + "to rate yourself, so this is a chance to check, not a mark against you."),
                profile.area("B").orElseThrow().secondLook());
    }

    @Test
    void leadingWithTheOnlyScenarioMissedIsWorthASecondLook() {
        var profile = othersPractising(answers().area("A", "3", "3", "3").wrong("A-s1")).profile();
        assertEquals(Optional.of("You rated yourself as confident in Area A (Leading), but your answers to its scenario "
                        + "suggest it is worth a second look. Read the feedback on it below. It can be hard to rate "
                        + "yourself, so this is a chance to check, not a mark against you."),
                profile.area("A").orElseThrow().secondLook());
    }

    @Test
    void twoOfThreeScenariosMissedAreNamedByNumber() {
        var profile = answers().area("A", "2", "2", "2").area("B", "2", "2", "2").area("C", "2", "2")
                .area("D", "3", "3", "2").wrong("D-s1").wrong("D-s3").profile();
        assertEquals(Optional.of("You rated yourself as confident in Area D (Leading), but your answers to scenarios 1 "
                        + "and 3 suggest it is worth a second look. Read the feedback on them below. It can be hard to "
                        + "rate yourself, so this is a chance to check, not a mark against you."),
                profile.area("D").orElseThrow().secondLook());
    }

    @Test
    void everyScenarioMissedOfThreeSaysAllThree() {
        var profile = answers().area("A", "2", "2", "2").area("B", "2", "2", "2").area("C", "2", "2")
                .area("D", "2", "2", "2").wrong("D-s1").wrong("D-s2").wrong("D-s3").profile();
        assertTrue(profile.area("D").orElseThrow().secondLook().orElseThrow()
                .contains("but your answers to all 3 of its scenarios suggest it is worth a second look."));
    }

    @Test
    void aMeanThatRoundsToPractisingCountsAsConfident() {
        var profile = answers().area("A", "2", "2", "2").area("B", "2", "2", "2").area("C", "1", "2").wrong("C-s1")
                .area("D", "2", "2", "2").profile();
        var c = profile.area("C").orElseThrow();
        assertEquals(Optional.of("1.5"), c.meanShown());
        assertTrue(c.secondLook().orElseThrow().startsWith("You rated yourself as confident in Area C (Practising),"),
                "the report calls a mean of 1.5 Practising, so the second look does too");
    }

    @Test
    void halfTheScenariosRightIsNotASecondLook() {
        var profile = answers().area("A", "3", "3", "3").area("B", "3", "3", "3").wrong("B-s2").area("C", "2", "2")
                .area("D", "3", "3", "3").wrong("D-s2").profile();
        assertEquals(Optional.empty(), profile.area("B").orElseThrow().secondLook(), "1 of 2 is half, not fewer");
        assertEquals(Optional.empty(), profile.area("D").orElseThrow().secondLook(), "2 of 3 is more than half");
        assertEquals("You rated yourself Leading; the scenarios suggest a review.",
                profile.area("B").orElseThrow().selfCheck(), "the review is still suggested");
    }

    @Test
    void aLowRatingWithTheScenariosMissedIsNotASecondLook() {
        var profile = othersPractising(answers().area("A", "1", "1", "1").wrong("A-s1")).profile();
        assertEquals(Optional.empty(), profile.area("A").orElseThrow().secondLook(),
                "the ratings and the scenarios agree: an area to build");
    }

    @Test
    void anAreaNotAssessedIsNeverASecondLook() {
        var profile = othersPractising(answers().area("A", "na", "na", "na").wrong("A-s1")).profile();
        assertEquals(Optional.empty(), profile.area("A").orElseThrow().secondLook());
    }

    @Test
    void theSecondLooksAreListedInFrameworkOrder() {
        var profile = answers().area("A", "3", "3", "3").wrong("A-s1").area("B", "1", "1", "1").wrong("B-s1")
                .wrong("B-s2").area("C", "2", "2").wrong("C-s1").area("D", "2", "2", "2").profile();
        assertEquals(List.of("A", "C"), codes(profile.secondLooks()), "B was rated Aware, so it is not one");
    }

    @Test
    void thePrioritiesAreTheTwoLowestAreasAndAThirdBelowPractising() {
        var profile = answers().area("A", "3", "3", "3").area("B", "1", "1", "1").area("C", "0", "1")
                .area("D", "1", "2", "2").profile();
        assertEquals(List.of("C", "B", "D"), codes(profile.priorities()), "D's 1.7 is below Practising");

        var fewer = answers().area("A", "3", "3", "3").area("B", "1", "1", "1").area("C", "0", "1")
                .area("D", "2", "2", "2").profile();
        assertEquals(List.of("C", "B"), codes(fewer.priorities()), "D at Practising is not a third priority");
    }

    @Test
    void aMissedScenarioLowersAnAreaByOneLevelWhenRankingPriorities() {
        var profile = answers().area("A", "3", "3", "3").wrong("A-s1").area("B", "2", "2", "2")
                .area("C", "3", "3").area("D", "2", "2", "2").profile();
        assertEquals(List.of("A", "B"), codes(profile.priorities()),
                "A is rated 3.0 but missed a scenario: 2.0, first in framework order among the 2.0s");
    }

    @Test
    void leadingEverywhereWithEveryScenarioRightLeavesNoPriority() {
        var profile = answers().area("A", "3", "3", "3").area("B", "3", "3", "3").area("C", "3", "3")
                .area("D", "3", "3", "3").profile();
        assertEquals(List.of(), profile.priorities());
    }

    @Test
    void strengthsArePractisingOrBetterWithEveryScenarioRightStrongestFirst() {
        var profile = answers().area("A", "2", "2", "3").area("B", "3", "3", "3").wrong("B-s2").area("C", "3", "3")
                .area("D", "0", "0", "1").profile();
        assertEquals(List.of("D", "B"), codes(profile.priorities()));
        assertEquals(List.of("C", "A"), codes(profile.strengths()), "B missed a scenario, so it is not a strength");
    }

    @Test
    void changeSinceTheLastAttemptComparesEachAreaAsShown() {
        var before = answers().area("A", "1", "1", "2").area("B", "2", "2", "2").area("C", "na", "na")
                .area("D", "3", "3", "3").profile();
        var now = answers().area("A", "2", "2", "2").area("B", "2", "2", "2").area("C", "1", "1")
                .area("D", "na", "na", "na").profile();
        var changes = now.changeSince(before);
        assertEquals(List.of("Up 0.7", "No change", "Not assessed last time", "Not assessed this time"),
                changes.stream().map(Profile.Change::describe).toList());
        assertEquals(Optional.of("1.3"), changes.get(0).before());
        assertEquals(Optional.of("2.0"), changes.get(0).now());
    }

    @Test
    void aFallIsShownAsDown() {
        var before = answers().area("A", "3", "3", "3").area("B", "2", "2", "2").area("C", "1", "1")
                .area("D", "1", "1", "1").profile();
        var now = answers().area("A", "2", "2", "3").area("B", "2", "2", "2").area("C", "1", "1")
                .area("D", "1", "1", "1").profile();
        assertEquals("Down 0.7", now.changeSince(before).get(0).describe());
    }
}
