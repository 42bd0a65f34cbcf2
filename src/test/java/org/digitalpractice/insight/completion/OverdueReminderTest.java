package org.digitalpractice.insight.completion;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.digitalpractice.insight.completion.MatrixQueryTest.COLUMNS;
import static org.digitalpractice.insight.completion.MatrixQueryTest.TODAY;
import static org.digitalpractice.insight.completion.MatrixQueryTest.done;
import static org.digitalpractice.insight.completion.MatrixQueryTest.notStarted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the lead copies to remind the overdue: who, their addresses, and a message naming what was due. */
class OverdueReminderTest {

    static final Optional<LocalDate> PAST = COLUMNS.get(0).due();

    static LearnerRow person(String id, String name, Optional<String> email, Cell first) {
        return new LearnerRow(id, Optional.of(name), email, Optional.empty(), List.of(first, done("2026-11-01")),
                Optional.empty());
    }

    static final List<LearnerRow> ROWS = List.of(
            person("u1", "Ann Ash", Optional.of("ann@council.example"), notStarted(PAST)),
            person("u2", "Bob Birch", Optional.empty(), notStarted(PAST)),
            person("u3", "Cat Cole", Optional.of("cat@council.example"), done("2026-11-02")),
            person("u4", "Dan Dale", Optional.of("dan@council.example"), notStarted(PAST)));

    static OverdueReminder reminder(List<Integer> shown) {
        return OverdueReminder.of("Adults team", COLUMNS, shown, ROWS, "Lee Lead");
    }

    @Test
    void theAddressesAreThoseOfTheOverdueOnlySeparatedForAnEmailsToLine() {
        assertEquals("ann@council.example; dan@council.example", reminder(List.of(0, 1)).emails());
        assertEquals("3 people", reminder(List.of(0, 1)).howMany());
    }

    @Test
    void someoneWithoutAnAddressIsNamedToBeReachedAnotherWay() {
        assertEquals(List.of("Bob Birch"), reminder(List.of(0, 1)).withoutEmail());
    }

    @Test
    void theMessageNamesWhatWasDueAndWhenAndIsSignedByTheLead() {
        var message = reminder(List.of(0, 1)).message();
        assertTrue(message.contains("training on Adults team was due"), message);
        assertTrue(message.contains("- Online harm (due " + Cell.day(TODAY.minusDays(1)) + ")"), message);
        assertFalse(message.contains("Boundaries"), "nobody is overdue with it");
        assertTrue(message.endsWith("Thank you,\nLee Lead"), message);
        assertEquals("Training overdue: Adults team", reminder(List.of(0, 1)).subject());
    }

    @Test
    void aModuleWithNobodyOverdueLeavesNobodyToRemind() {
        var none = reminder(List.of(1));
        assertFalse(none.anyone());
        assertEquals("", none.emails());
    }
}
