package org.digitalpractice.pulse.figures;

import org.digitalpractice.pulse.Quarter;
import org.digitalpractice.pulse.SamplePulse;
import org.digitalpractice.pulse.Threshold;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The threshold of five people behind every figure, and of three other councils of five before peers appear. */
class FiguresTest {

    static final Quarter QUARTER = new Quarter(2026, 2);

    /** Counts of {@code people} who each answered every question, with these people per option. */
    static Counts counts(int people, Map<String, Integer> chosen) {
        var answered = new HashMap<String, Integer>();
        for (var question : SamplePulse.QUESTIONS.questions()) {
            answered.put(question.id(), people);
        }
        var keyed = new HashMap<String, Integer>();
        chosen.forEach((key, n) -> keyed.put(key.replace('/', ' '), n));
        return new Counts(people, answered, keyed);
    }

    /** {@code people} who all gave the same answers: a laptop, fairly confident, and training. */
    static Counts alike(int people) {
        return counts(people, Map.of("devices/laptop", people, "confidence/fairly", people, "support/training", people));
    }

    @Test
    void fourPeopleShowNothingAtAll() {
        var figures = Figures.of(QUARTER, SamplePulse.QUESTIONS, alike(4), List.of());
        assertFalse(figures.shown());
        assertEquals(OptionalInt.empty(), figures.respondents());
        for (var question : figures.figures()) {
            assertFalse(question.council().shown(), question.question().id());
            assertEquals(OptionalInt.empty(), question.council().answered(), "not even how many answered");
            assertTrue(question.council().cells().stream().noneMatch(Figures.Cell::shown));
        }
        assertEquals(List.of(), figures.mostAskedFor());
    }

    @Test
    void fivePeopleShowCountsAndShares() {
        var figures = Figures.of(QUARTER, SamplePulse.QUESTIONS, alike(5), List.of());
        assertTrue(figures.shown());
        assertEquals(OptionalInt.of(5), figures.respondents());
        var laptop = figures.figures().get(0).council().cell("laptop");
        assertEquals(OptionalInt.of(5), laptop.people());
        assertEquals(OptionalInt.of(100), laptop.percent());
        assertEquals("100%", laptop.percentShown());
    }

    @Test
    void anOptionChosenByFourOfTenIsKeptBackAndByFiveIsShown() {
        var figures = Figures.of(QUARTER, SamplePulse.QUESTIONS, counts(10, Map.of("devices/laptop", 4,
                "devices/phone", 5, "devices/other", 0)), List.of());
        var devices = figures.figures().get(0).council();
        assertEquals(OptionalInt.of(10), devices.answered());
        assertFalse(devices.cell("laptop").shown());
        assertEquals(OptionalInt.empty(), devices.cell("laptop").percent());
        assertEquals(OptionalInt.of(5), devices.cell("phone").people());
        assertEquals(OptionalInt.of(50), devices.cell("phone").percent());
        assertFalse(devices.cell("other").shown(), "nobody is a figure with fewer than five people behind it too");
    }

    @Test
    void aQuestionAnsweredByFourIsKeptBackEvenWhenMoreResponded() {
        var counts = new Counts(6, Map.of("devices", 6, "confidence", 4, "support", 6),
                Map.of("devices laptop", 6, "confidence fairly", 4, "support training", 6));
        var figures = Figures.of(QUARTER, SamplePulse.QUESTIONS, counts, List.of());
        assertTrue(figures.figures().get(0).council().shown());
        assertFalse(figures.figures().get(1).council().shown());
        assertEquals(OptionalInt.empty(), figures.figures().get(1).council().answered());
    }

    @Test
    void aOneAnswerQuestionNeverKeepsBackASingleFigureThatTheOthersGiveAway() {
        // 13 answered: with only "not confident" (2) kept back, 13 - 5 - 6 would give it away.
        var confidence = Figures.of(QUARTER, SamplePulse.QUESTIONS, counts(13, Map.of("confidence/not", 2,
                "confidence/fairly", 5, "confidence/very", 6)), List.of()).figures().get(1).council();
        assertFalse(confidence.cell("not").shown());
        assertFalse(confidence.cell("fairly").shown(), "the smallest shown figure is kept back with it");
        assertTrue(confidence.cell("very").shown());

        // Two kept back already: 12 - 5 = 7 says only that 3 and 4 add up to 7, not how.
        var two = Figures.of(QUARTER, SamplePulse.QUESTIONS, counts(12, Map.of("confidence/not", 3,
                "confidence/fairly", 4, "confidence/very", 5)), List.of()).figures().get(1).council();
        assertFalse(two.cell("not").shown());
        assertFalse(two.cell("fairly").shown());
        assertTrue(two.cell("very").shown(), "nothing more is kept back");
    }

    @Test
    void aMultipleAnswerQuestionKeepsBackOnlyWhatIsBelowFive() {
        var devices = Figures.of(QUARTER, SamplePulse.QUESTIONS, counts(9, Map.of("devices/laptop", 9,
                "devices/phone", 6, "devices/other", 2)), List.of()).figures().get(0).council();
        assertTrue(devices.cell("laptop").shown());
        assertTrue(devices.cell("phone").shown(), "choices of several options do not add up to the people");
        assertFalse(devices.cell("other").shown());
    }

    @Test
    void twoOtherCouncilsOfFiveAreNotEnoughForPeers() {
        var figures = Figures.of(QUARTER, SamplePulse.QUESTIONS, alike(5), List.of(alike(5), alike(5), alike(4)));
        assertFalse(figures.othersShown());
        assertEquals(OptionalInt.empty(), figures.otherRespondents());
        assertTrue(figures.figures().stream().allMatch(q -> q.others().isEmpty()));
    }

    @Test
    void threeOtherCouncilsOfFiveArePooledWithoutTheSmallerOnes() {
        var figures = Figures.of(QUARTER, SamplePulse.QUESTIONS, alike(5),
                List.of(alike(5), alike(6), alike(7), alike(4)));
        assertTrue(figures.othersShown());
        assertEquals(OptionalInt.of(18), figures.otherRespondents(), "the council of four is left out of the pool");
        var others = figures.figures().get(0).others().orElseThrow();
        assertEquals(OptionalInt.of(18), others.answered());
        assertEquals(OptionalInt.of(18), others.cell("laptop").people());
        assertFalse(others.cell("phone").shown());
    }

    @Test
    void peersAppearBesideACouncilWithTooFewOfItsOwn() {
        var figures = Figures.of(QUARTER, SamplePulse.QUESTIONS, alike(2), List.of(alike(5), alike(5), alike(5)));
        assertFalse(figures.shown());
        assertTrue(figures.othersShown());
        assertFalse(figures.figures().get(0).council().shown());
        assertTrue(figures.figures().get(0).others().orElseThrow().shown());
    }

    @Test
    void theSupportMostAskedForComesMostFirstAndOnlyWhenShown() {
        var figures = Figures.of(QUARTER, SamplePulse.QUESTIONS, counts(20, Map.of("support/training", 6,
                "support/kit", 11, "support/time", 3)), List.of());
        assertEquals(List.of("kit", "training"), figures.mostAskedFor().stream().map(c -> c.option().id()).toList());
    }

    @Test
    void thresholdsAreFiveAndThree() {
        assertFalse(Threshold.enough(4));
        assertTrue(Threshold.enough(5));
        assertTrue(Figures.otherCouncils(List.of(alike(5), alike(5), alike(4))).isEmpty());
        assertTrue(Figures.otherCouncils(List.of(alike(5), alike(5), alike(5))).isPresent());
        assertFalse(Threshold.enoughOtherCouncils(2));
        assertTrue(Threshold.enoughOtherCouncils(3));
    }
}
