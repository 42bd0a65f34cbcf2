package org.digitalpractice.insight.completion;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The overdue rules: judged against the due date, completed always wins, and the due day itself is in time. */
class CompletionStatusTest {

    static final LocalDate DUE = LocalDate.of(2026, 11, 20);
    static final Optional<Instant> STARTED = Optional.of(Instant.parse("2026-11-01T10:00:00Z"));
    static final Optional<Instant> DONE = Optional.of(Instant.parse("2026-11-25T10:00:00Z"));

    @Test
    void neverStartedWithoutADueDateIsNotStarted() {
        assertEquals(CompletionStatus.NOT_STARTED, CompletionStatus.of(Optional.empty(), Optional.empty(),
                Optional.empty(), DUE.plusYears(5)));
    }

    @Test
    void startedWithoutADueDateIsInProgressForever() {
        assertEquals(CompletionStatus.IN_PROGRESS, CompletionStatus.of(STARTED, Optional.empty(), Optional.empty(),
                DUE.plusYears(5)));
    }

    @Test
    void theDueDayItselfIsStillInTime() {
        assertEquals(CompletionStatus.IN_PROGRESS, CompletionStatus.of(STARTED, Optional.empty(), Optional.of(DUE), DUE));
        assertEquals(CompletionStatus.NOT_STARTED, CompletionStatus.of(Optional.empty(), Optional.empty(),
                Optional.of(DUE), DUE));
    }

    @Test
    void theDayAfterTheDueDateUnfinishedWorkIsOverdue() {
        var dayAfter = DUE.plusDays(1);
        assertEquals(CompletionStatus.OVERDUE, CompletionStatus.of(STARTED, Optional.empty(), Optional.of(DUE), dayAfter));
        assertEquals(CompletionStatus.OVERDUE, CompletionStatus.of(Optional.empty(), Optional.empty(),
                Optional.of(DUE), dayAfter));
    }

    @Test
    void completedLateIsCompletedNotOverdue() {
        assertEquals(CompletionStatus.COMPLETED, CompletionStatus.of(STARTED, DONE, Optional.of(DUE), DUE.plusDays(30)));
    }

    @Test
    void cellsSayTheDateThatExplainsTheirStatus() {
        var cell = Cell.of(STARTED, STARTED, Optional.empty(), Optional.empty(), Optional.of(DUE), DUE.plusDays(1));
        assertEquals("due 20 November 2026, last active 1 November 2026", cell.detail());
        var done = Cell.of(STARTED, DONE, DONE, Optional.of(80), Optional.of(DUE), DUE);
        assertEquals("25 November 2026, score 80%", done.detail());
    }
}
