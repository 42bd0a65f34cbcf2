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
    void aMeanReachesALevelAtItsNumberAsShown() {
        assertEquals(Rating.NOT_YET, Rating.reached(0.9));
        assertEquals(Rating.AWARE, Rating.reached(1.0));
        assertEquals(Rating.AWARE, Rating.reached(1.8), "1.8 has not reached Practising");
        assertEquals(Rating.AWARE, Rating.reached(1.94), "shown as 1.9");
        assertEquals(Rating.PRACTISING, Rating.reached(1.96), "shown as 2.0, so Practising, as its number says");
        assertEquals(Rating.PRACTISING, Rating.reached(2.3));
        assertEquals(Rating.PRACTISING, Rating.reached(2.9));
        assertEquals(Rating.LEADING, Rating.reached(3.0));
    }

    @Test
    void theBandsAreSaidInWordsFromTheSamePoints() {
        assertEquals("Not yet below 1.0, Aware from 1.0, Practising from 2.0, and Leading at 3.0", Rating.bands());
    }

    /** Area A with the ratings given, B to D Practising with every scenario right. */
    static Profile.AreaResult areaA(String... ratings) {
        return othersPractising(answers().area("A", ratings)).profile().area("A").orElseThrow();
    }

    static Profile.AreaResult areaAMissingOne(String... ratings) {
        return othersPractising(answers().area("A", ratings).wrong("A-s1")).profile().area("A").orElseThrow();
    }

    @Test
    void notYetWithTheScenarioRightIsAnAreaToPutIntoPractice() {
        var a = areaA("0", "1", "0");
        assertEquals("You rated yourself Not yet, below Practising, though you answered its scenarios well. "
                + "Putting what you know into practice will build your confidence here.", a.toWorkOn());
        assertFalse(a.strength());
    }

    @Test
    void awareWithTheScenarioMissedIsAnAreaToBuild() {
        assertEquals("You rated yourself Aware, and the scenarios agree this is an area to build.",
                areaAMissingOne("1", "2", "2").toWorkOn(), "1.7 is Aware");
    }

    @Test
    void practisingWithEveryScenarioRightIsAStrengthAndNeverAnAreaToWorkOn() {
        var profile = othersPractising(answers().area("A", "2", "2", "3")).profile();
        assertTrue(profile.area("A").orElseThrow().strength(), "2.3 is Practising");
        assertTrue(codes(profile.strengths()).contains("A"));
        assertEquals(List.of(), profile.priorities(), "every area is a strength: nothing to work on");
    }

    @Test
    void practisingWithAScenarioMissedSaysWhatWouldMakeItAStrength() {
        var profile = answers().area("A", "2", "2", "3").area("B", "3", "3", "3").wrong("B-s1").wrong("B-s2")
                .area("C", "2", "3").area("D", "3", "2", "2").wrong("D-s1").profile();
        var d = profile.area("D").orElseThrow();
        assertEquals("You rated yourself Practising, but not every scenario answer was the best one. "
                + "The feedback below and the modules here can make this area a strength.", d.toWorkOn(),
                "1 of 3 missed: not a second look");
        assertTrue(codes(profile.priorities()).contains("D"));
        assertFalse(codes(profile.strengths()).contains("D"));
    }

    @Test
    void practisingWithItsOnlyScenarioMissedIsASecondLook() {
        var profile = answers().area("A", "2", "2", "3").area("B", "3", "3", "3").area("C", "2", "3").wrong("C-s1")
                .area("D", "0", "0", "0").profile();
        var c = profile.area("C").orElseThrow();
        assertEquals(c.secondLook().orElseThrow(), c.toWorkOn());
        assertTrue(codes(profile.priorities()).contains("C"));
        assertFalse(codes(profile.strengths()).contains("C"));
    }

    @Test
    void leadingWithTheScenariosMissedGetsItsSecondLookUnderAreasToWorkOn() {
        var a = areaAMissingOne("3", "3", "3");
        assertEquals(a.secondLook().orElseThrow(), a.toWorkOn());
        assertTrue(a.toWorkOn().startsWith("You rated yourself as confident in Area A (Leading)"));
    }

    @Test
    void noAreaIsBothAStrengthAndAnAreaToWorkOn() {
        for (var ratings : List.of(new String[]{"0", "0", "0"}, new String[]{"1", "1", "2"},
                new String[]{"2", "2", "3"}, new String[]{"3", "3", "3"})) {
            for (var missed : List.of(false, true)) {
                var builder = answers().area("A", ratings);
                builder = missed ? builder.wrong("A-s1") : builder;
                var profile = othersPractising(builder).profile();
                var both = new java.util.HashSet<>(codes(profile.strengths()));
                both.retainAll(codes(profile.priorities()));
                assertEquals(java.util.Set.of(), both, String.join(",", ratings) + (missed ? " missed" : ""));
            }
        }
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
        assertEquals("You rated yourself Not yet; your scenario answers were the best ones, so you may know more than "
                        + "your rating says.",
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
                .area("D", "3", "3", "3").wrong("D-s1").wrong("D-s3").profile();
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
    void aMeanOfOnePointFiveIsAwareSoNotConfident() {
        var profile = answers().area("A", "2", "2", "2").area("B", "2", "2", "2").area("C", "1", "2").wrong("C-s1")
                .area("D", "2", "2", "2").profile();
        var c = profile.area("C").orElseThrow();
        assertEquals(Optional.of("1.5"), c.meanShown());
        assertEquals(Optional.of(Rating.AWARE), c.level(), "1.5 has not reached Practising");
        assertEquals(Optional.empty(), c.secondLook(), "a second look is for confident ratings only");
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
        assertEquals(List.of("A"), codes(profile.priorities()),
                "A is rated 3.0 but missed a scenario; B, C and D are strengths, so never areas to work on");
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
