package org.digitalpractice.insight.completion;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The matrix export: a header, ISO dates in the UK calendar, and fields a spreadsheet cannot run. */
class CompletionCsvTest {

    static final Column COLUMN = new Column(7, "Online harm, children", "online-harm-children",
            Optional.of(LocalDate.of(2026, 12, 1)), true, List.of(1L), true);

    @Test
    void theHeaderNamesEveryField() {
        assertEquals("name,user_id,email,on_course,left_on,module,activity,status,started_on,last_activity_on,"
                + "completed_on,score,due_on\r\n", CompletionCsv.header());
    }

    @Test
    void aCompletionHasItsDatesAndScore() {
        // 23:30 UTC on 30 June is already 1 July in the UK (BST): the calendar day is the UK one.
        var started = Optional.of(Instant.parse("2026-06-30T23:30:00Z"));
        var done = Optional.of(Instant.parse("2026-11-02T09:00:00Z"));
        var cell = Cell.of(started, done, done, Optional.of(85), COLUMN.due(), LocalDate.of(2026, 11, 26));
        var entry = new CompletionMatrix.Entry("sub-1", Optional.of("Ann Ash"), Optional.of("ann@x.example"),
                Optional.empty(), cell);
        assertEquals("Ann Ash,sub-1,ann@x.example,yes,,online-harm-children,\"Online harm, children\",completed,"
                + "2026-07-01,2026-11-02,2026-11-02,85,2026-12-01\r\n", CompletionCsv.row(entry, COLUMN));
    }

    @Test
    void someoneWhoLeftAndNeverStartedHasEmptyDates() {
        var cell = Cell.of(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), COLUMN.due(),
                LocalDate.of(2026, 12, 2));
        var entry = new CompletionMatrix.Entry("sub-2", Optional.of("=HYPERLINK(\"x\")"), Optional.empty(),
                Optional.of(Instant.parse("2026-11-20T12:00:00Z")), cell);
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\",sub-2,,left,2026-11-20,online-harm-children,\"Online harm, children\","
                + "overdue,,,,,2026-12-01\r\n", CompletionCsv.row(entry, COLUMN));
    }
}
