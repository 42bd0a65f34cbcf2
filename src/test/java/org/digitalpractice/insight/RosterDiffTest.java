package org.digitalpractice.insight;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Joiners, leavers and changes between two roster fetches. */
class RosterDiffTest {

    static RosterDiff.Member member(String id, String status) {
        return new RosterDiff.Member(id, Optional.of("Name " + id), Optional.empty(), List.of("Learner"), status, false);
    }

    @Test
    void newPeopleJoin() {
        assertEquals(List.of(new RosterDiff.Change("a", RosterDiff.Kind.JOINED, null)),
                RosterDiff.between(Map.of(), List.of(member("a", "Active"))));
    }

    @Test
    void someoneGoneFromTheRosterHasLeft() {
        assertEquals(List.of(new RosterDiff.Change("a", RosterDiff.Kind.LEFT, "no longer on the roster")),
                RosterDiff.between(Map.of("a", member("a", "Active")), List.of()));
    }

    @Test
    void someoneMarkedDeletedHasLeft() {
        assertEquals(List.of(new RosterDiff.Change("a", RosterDiff.Kind.LEFT, "status Deleted")),
                RosterDiff.between(Map.of("a", member("a", "Active")), List.of(member("a", "Deleted"))));
    }

    @Test
    void someoneBackFromLeavingJoinsAgain() {
        var left = new RosterDiff.Member("a", Optional.empty(), Optional.empty(), List.of(), "Active", true);
        assertEquals(RosterDiff.Kind.JOINED, RosterDiff.between(Map.of("a", left), List.of(member("a", "Active")))
                .get(0).kind());
    }

    @Test
    void aNewNameIsAChange() {
        var renamed = new RosterDiff.Member("a", Optional.of("New name"), Optional.empty(), List.of("Learner"),
                "Active", false);
        assertEquals(List.of(new RosterDiff.Change("a", RosterDiff.Kind.CHANGED, "name")),
                RosterDiff.between(Map.of("a", member("a", "Active")), List.of(renamed)));
    }

    @Test
    void nothingChangedMeansNoChanges() {
        assertEquals(List.of(), RosterDiff.between(Map.of("a", member("a", "Active")), List.of(member("a", "Active"))));
    }

    @Test
    void someoneAlreadyGoneIsNotCountedTwice() {
        var left = new RosterDiff.Member("a", Optional.empty(), Optional.empty(), List.of(), "Active", true);
        assertEquals(List.of(), RosterDiff.between(Map.of("a", left), List.of()));
    }
}
