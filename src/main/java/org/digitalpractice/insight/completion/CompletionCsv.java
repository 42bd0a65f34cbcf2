package org.digitalpractice.insight.completion;

import org.digitalpractice.infrastructure.Csv;
import org.digitalpractice.web.Dates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The matrix as CSV, in two shapes, with headers in plain English. The grid is what the lead sees on the page: one
 * row per person, a column per module and one for the self-assessment, each cell in the page's words. The long form
 * has one row per person and module with ISO-8601 dates (UK calendar days), for pivot tables. Fields go through
 * {@link Csv}, which defuses formulas.
 */
final class CompletionCsv {

    static final List<String> HEADER = List.of("Name", "User ID", "Email", "On the course", "Left on", "Module short name",
            "Activity", "Status", "Started on", "Last active on", "Completed on", "Score (%)", "Due on");
    static final String SELF_ASSESSMENT = "Self-assessment";
    static final String MODULES_COMPLETED = "Modules completed";

    private CompletionCsv() {
    }

    static String header() {
        return Csv.row(HEADER);
    }

    /** The grid's header: a module's column is headed as on the page, by the title of its link. */
    static String gridHeader(List<Column> shown) {
        var header = new ArrayList<String>(List.of("Name", "Email"));
        shown.forEach(column -> header.add(column.heading()));
        header.add(SELF_ASSESSMENT);
        header.add(MODULES_COMPLETED);
        return Csv.row(header);
    }

    /** A person's row of the grid: the shown columns' cells, and modules completed out of all placed, as on the page. */
    static String gridRow(LearnerRow row, List<Integer> shown) {
        var fields = new ArrayList<String>(List.of(row.displayName(), row.email().orElse("")));
        shown.forEach(i -> fields.add(text(row.cells().get(i))));
        fields.add(row.selfAssessed().map(at -> row.selfAssessmentStatus() + ": " + row.selfAssessmentDetail())
                .orElse(row.selfAssessmentStatus()));
        fields.add(row.count(CompletionStatus.COMPLETED) + " of " + row.cells().size());
        return Csv.row(fields);
    }

    /** "Completed: 2 March 2026, score 90%", "Overdue: due 1 January 2026, not started", "Not started". */
    static String text(Cell cell) {
        var detail = cell.detail();
        return cell.status().label() + (detail.isEmpty() ? "" : ": " + detail);
    }

    static String row(CompletionMatrix.Entry entry, Column column) {
        var cell = entry.cell();
        return Csv.row(java.util.Arrays.asList(
                entry.name().orElse(""),
                entry.userId(),
                entry.email().orElse(""),
                entry.leftAt().isPresent() ? "Left" : "Yes",
                day(entry.leftAt()),
                column.slug(),
                column.heading(),
                cell.status().label(),
                day(cell.started()),
                day(cell.lastActivity()),
                day(cell.completed()),
                cell.score().map(String::valueOf).orElse(""),
                column.due().map(LocalDate::toString).orElse("")));
    }

    private static String day(Optional<Instant> instant) {
        return instant.map(Dates::isoDay).orElse("");
    }
}
