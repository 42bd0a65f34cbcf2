package org.digitalpractice.insight;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The team filter shows only where the platform gives teams, and says why when it does not. */
class TeamFilterTest {

    static final CourseGroups.Team NORTH = new CourseGroups.Team("g1", "Children's services \u2013 North", 10);
    static final CourseGroups.Team EAST = new CourseGroups.Team("g2", "Adults' services \u2013 East", 4);

    @Test
    void isShownWhenThePlatformGivesTeams() {
        var filter = new TeamFilter(true, List.of(NORTH, EAST), Optional.empty());
        assertTrue(filter.shown());
        assertEquals(Optional.empty(), filter.chosenId());
    }

    @Test
    void withoutTheServiceThereIsNoFilterAndTheHintNamesTheService() {
        var filter = TeamFilter.none();
        assertFalse(filter.shown());
        assertTrue(filter.hint().contains("does not share this course's groups"), filter.hint());
        assertTrue(filter.hint().contains("Course Groups Service"), filter.hint());
    }

    @Test
    void withTheServiceButNoGroupsTheHintSaysTheCourseHasNoneYet() {
        var filter = new TeamFilter(true, List.of(), Optional.empty());
        assertFalse(filter.shown());
        assertTrue(filter.hint().contains("no groups in this course yet"), filter.hint());
    }

    @Test
    void theChosenTeamIsSelectedAndHoldsOnlyItsPeople() {
        var filter = new TeamFilter(true, List.of(NORTH, EAST),
                Optional.of(new TeamFilter.Chosen(EAST, Set.of("u1", "u2"))));
        assertTrue(filter.isChosen(EAST));
        assertFalse(filter.isChosen(NORTH));
        assertEquals(Optional.of("g2"), filter.chosenId());
        assertTrue(filter.chosen().get().includes("u2"));
        assertFalse(filter.chosen().get().includes("u3"));
    }
}
