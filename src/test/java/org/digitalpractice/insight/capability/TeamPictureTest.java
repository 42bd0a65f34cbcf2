package org.digitalpractice.insight.capability;

import org.digitalpractice.assessment.framework.Framework;
import org.digitalpractice.catalogue.PcfDomain;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The team's picture: the threshold of five people on every aggregate, latest attempts only, priorities. */
class TeamPictureTest {

    static final Framework FRAMEWORK = new Framework("Sample", "", List.of(
            new Framework.Domain("A", "Identity", "", List.of(), List.of(
                    new Framework.Statement("A1", "a1", "r", List.of(PcfDomain.KNOWLEDGE)), new Framework.Statement("A2", "a2", "r", List.of(PcfDomain.KNOWLEDGE))), List.of()),
            new Framework.Domain("B", "Boundaries", "", List.of(), List.of(
                    new Framework.Statement("B1", "b1", "r", List.of(PcfDomain.KNOWLEDGE))), List.of())),
            List.of(new Framework.PracticeQuestion("use", "How?", "", List.of(
                    new Framework.PracticeOption("email", "Email"), new Framework.PracticeOption("video", "Video")),
                    Optional.empty())),
            List.of());
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final Instant OCTOBER = Instant.parse("2026-10-15T10:00:00Z");

    static Response response(long person, long attempt, Instant at, String a1, String a2, String b1, String... ticks) {
        return new Response(person, attempt, 1, at, Map.of("A1", a1, "A2", a2, "B1", b1),
                ticks.length == 0 ? Map.of() : Map.of("use", List.of(ticks)));
    }

    static TeamPicture picture(List<Response> responses) {
        return TeamPicture.of(responses, FRAMEWORK, id -> FRAMEWORK, TODAY);
    }

    static List<Response> people(int count) {
        var responses = new ArrayList<Response>();
        for (int i = 1; i <= count; i++) {
            responses.add(response(i, 100 + i, OCTOBER, "1", "2", "3", "email"));
        }
        return responses;
    }

    @Test
    void fourPeopleShowNothing() {
        var picture = picture(people(4));
        assertFalse(picture.shown());
        assertEquals(List.of(), picture.areas());
        assertEquals(List.of(), picture.practice());
        assertEquals(List.of(), picture.trend());
    }

    @Test
    void fivePeopleShowTheAggregate() {
        var picture = picture(people(5));
        assertTrue(picture.shown());
        var a = picture.areas().get(0);
        assertTrue(a.shown());
        assertEquals("1.5", a.meanShown());
        // A mean of 1.5 has reached Aware, not Practising, for each of the five (Rating.reached).
        assertEquals(5, a.atLevel()[1]);
        assertEquals(List.of(a), picture.priorities());
        assertEquals(5, picture.practice().get(0).options().get(0).people());
        assertEquals(0, picture.practice().get(0).options().get(1).people());
    }

    @Test
    void onlyEachPersonsLatestAttemptCounts() {
        var responses = new ArrayList<>(people(5));
        responses.add(response(1, 999, OCTOBER.plusSeconds(3600), "3", "3", "3"));
        responses.add(response(1, 50, OCTOBER.minusSeconds(3600), "0", "0", "0"));
        var picture = picture(responses);
        assertEquals(5, picture.respondents());
        assertEquals("1.8", picture.areas().get(0).meanShown());
    }

    @Test
    void anAreaRatedNotApplicableByTooManyIsHeldBack() {
        var responses = new ArrayList<>(people(4));
        responses.add(response(5, 105, OCTOBER, "1", "2", "na"));
        var picture = picture(responses);
        assertTrue(picture.areas().get(0).shown());
        assertFalse(picture.areas().get(1).shown(), "only four people rated B");
        assertEquals(0, picture.areas().get(1).atLevel()[3]);
    }

    @Test
    void aQuestionAnsweredByFewerThanFiveIsHeldBack() {
        var responses = new ArrayList<>(people(4));
        responses.add(response(5, 105, OCTOBER, "1", "2", "3"));
        var question = picture(responses).practice().get(0);
        assertFalse(question.shown());
        assertEquals(List.of(), question.options());
    }

    @Test
    void trendPointsBeforeFivePeopleHadSubmittedAreHeldBack() {
        var responses = new ArrayList<>(people(4));
        responses.add(response(5, 105, Instant.parse("2026-05-01T10:00:00Z"), "0", "0", "0"));
        for (int i = 1; i <= 4; i++) {
            responses.add(response(i, 200 + i, Instant.parse("2026-05-02T10:00:00Z"), "0", "0", "0"));
        }
        var trend = picture(responses).trend();
        assertEquals(List.of("Q1 2026", "Q2 2026", "Q3 2026", "Q4 2026 (so far)"),
                trend.stream().map(TeamPicture.Period::label).toList());
        assertFalse(trend.get(0).shown());
        assertTrue(trend.get(1).shown());
        assertEquals("0.0", trend.get(1).areas().get(0).meanShown());
        assertEquals("1.2", trend.get(3).areas().get(0).meanShown());
    }
}
