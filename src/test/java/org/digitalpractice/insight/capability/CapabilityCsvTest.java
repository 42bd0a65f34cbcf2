package org.digitalpractice.insight.capability;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;

import static org.digitalpractice.insight.capability.TeamPictureTest.OCTOBER;
import static org.digitalpractice.insight.capability.TeamPictureTest.people;
import static org.digitalpractice.insight.capability.TeamPictureTest.picture;
import static org.digitalpractice.insight.capability.TeamPictureTest.response;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The capability export holds what the page shows and nothing it keeps back. */
class CapabilityCsvTest {

    static final String HEADER = "Area,People,Not yet,Aware,Practising,Leading,Mean (0 to 3)\r\n";

    @Test
    void fourPeopleGiveNoFigureNotEvenTheirNumber() {
        assertEquals(HEADER + "Not enough responses to show without identifying people: the picture appears when at "
                + "least 5 people have submitted a self-assessment.\r\n", CapabilityCsv.of(picture(people(4))));
    }

    @Test
    void fivePeopleGiveEachAreasCountsAndMean() {
        assertEquals(HEADER + "A. Identity,5,0,5,0,0,1.5\r\nB. Boundaries,5,0,0,0,5,3.0\r\n",
                CapabilityCsv.of(picture(people(5))));
    }

    @Test
    void anAreaWithTooFewRatingsGivesOnlyTheReason() {
        var responses = new ArrayList<>(people(5));
        responses.set(0, response(1, 101, OCTOBER, "1", "2", "na", "email"));
        assertEquals(HEADER + "A. Identity,5,0,5,0,0,1.5\r\n"
                + "B. Boundaries,Not enough responses to show without identifying people\r\n",
                CapabilityCsv.of(picture(responses)));
    }
}
