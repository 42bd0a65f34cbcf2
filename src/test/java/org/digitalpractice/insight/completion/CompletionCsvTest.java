package org.digitalpractice.insight.completion;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The matrix exports: the grid as the lead sees it (a row per person, a column per module and one for the
 * self-assessment, plain headers) and the long form with ISO dates in the UK calendar; fields a spreadsheet cannot run.
 */
class CompletionCsvTest {

    static final Column COLUMN = new Column(7, "Online harm, children", "online-harm-children",
            Optional.of(LocalDate.of(2026, 12, 1)), true, List.of(1L), true);

    @Test
    void theHeaderNamesEveryField() {
        assertEquals("Name,User ID,Email,On the course,Left on,Module short name,Activity,Status,Started on,"
                + "Last active on,Completed on,Score (%),Due on\r\n", CompletionCsv.header());
    }

    @Test
    void aCompletionHasItsDatesAndScore() {
        // 23:30 UTC on 30 June is already 1 July in the UK (BST): the calendar day is the UK one.
        var started = Optional.of(Instant.parse("2026-06-30T23:30:00Z"));
        var done = Optional.of(Instant.parse("2026-11-02T09:00:00Z"));
        var cell = Cell.of(started, done, done, Optional.of(85), COLUMN.due(), LocalDate.of(2026, 11, 26));
        var entry = new CompletionMatrix.Entry("sub-1", Optional.of("Ann Ash"), Optional.of("ann@x.example"),
                Optional.empty(), cell);
        assertEquals("Ann Ash,sub-1,ann@x.example,Yes,,online-harm-children,\"Online harm, children\",Completed,"
                + "2026-07-01,2026-11-02,2026-11-02,85,2026-12-01\r\n", CompletionCsv.row(entry, COLUMN));
    }

    @Test
    void someoneWhoLeftAndNeverStartedHasEmptyDates() {
        var cell = Cell.of(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), COLUMN.due(),
                LocalDate.of(2026, 12, 2));
        var entry = new CompletionMatrix.Entry("sub-2", Optional.of("=HYPERLINK(\"x\")"), Optional.empty(),
                Optional.of(Instant.parse("2026-11-20T12:00:00Z")), cell);
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\",sub-2,,Left,2026-11-20,online-harm-children,\"Online harm, children\","
                + "Overdue,,,,,2026-12-01\r\n", CompletionCsv.row(entry, COLUMN));
    }

    static final Column OTHER = new Column(8, "Boundaries", "boundaries-online", Optional.empty(), false,
            List.of(2L), true);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    static Cell cell(String started, String completed, Integer score, Optional<LocalDate> due) {
        return Cell.of(Optional.ofNullable(started).map(Instant::parse), Optional.ofNullable(started).map(Instant::parse),
                Optional.ofNullable(completed).map(Instant::parse), Optional.ofNullable(score), due, TODAY);
    }

    @Test
    void theGridIsHeadedByTheModulesTitlesInPlainWords() {
        assertEquals("Name,Email,\"Online harm, children\",Boundaries,Self-assessment,Modules completed\r\n",
                CompletionCsv.gridHeader(List.of(COLUMN, OTHER)));
    }

    @Test
    void aGridRowSaysWhatThePageSaysInEachCell() {
        var row = new LearnerRow("sub-1", Optional.of("Ann Ash"), Optional.of("ann@x.example"), Optional.empty(),
                List.of(cell("2026-03-01T10:00:00Z", "2026-03-02T10:00:00Z", 90, COLUMN.due()),
                        cell(null, null, null, Optional.of(LocalDate.of(2026, 12, 1)))),
                Optional.of(Instant.parse("2026-11-30T09:00:00Z")));
        assertEquals("Ann Ash,ann@x.example,\"Completed: 2 March 2026, score 90%\","
                + "\"Overdue: due 1 December 2026, not started\",Completed: 30 November 2026,1 of 2\r\n",
                CompletionCsv.gridRow(row, List.of(0, 1)));
    }

    @Test
    void aGridFilteredToOneModuleHasOnlyItsColumnAndCountsEveryModuleCompleted() {
        var row = new LearnerRow("sub-1", Optional.of("Ann Ash"), Optional.empty(), Optional.empty(),
                List.of(cell("2026-03-01T10:00:00Z", "2026-03-02T10:00:00Z", null, Optional.empty()),
                        cell("2026-11-01T10:00:00Z", null, null, Optional.empty())),
                Optional.empty());
        assertEquals("Ann Ash,,In progress: last active 1 November 2026,Not completed,1 of 2\r\n",
                CompletionCsv.gridRow(row, List.of(1)));
    }

    @Test
    void theGridDefusesFormulasInNames() {
        var row = new LearnerRow("sub-3", Optional.of("@SUM(A1:A9)"), Optional.of("-1+1@x.example"), Optional.empty(),
                List.of(), Optional.empty());
        assertEquals("'@SUM(A1:A9),'-1+1@x.example,Not completed,0 of 0\r\n", CompletionCsv.gridRow(row, List.of()));
    }
}
