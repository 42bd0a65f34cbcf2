package org.digitalpractice.insight.completion;

import org.digitalpractice.infrastructure.Csv;
import org.digitalpractice.web.Dates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The matrix as CSV: one row per person and placed module, with ISO-8601 dates (UK calendar days), so that
 * spreadsheets sort and filter it as they would the page. Fields go through {@link Csv}, which defuses formulas.
 */
final class CompletionCsv {

    static final List<String> HEADER = List.of("name", "user_id", "email", "on_course", "left_on", "module",
            "activity", "status", "started_on", "last_activity_on", "completed_on", "score", "due_on");

    private CompletionCsv() {
    }

    static String header() {
        return Csv.row(HEADER);
    }

    static String row(CompletionMatrix.Entry entry, Column column) {
        var cell = entry.cell();
        return Csv.row(java.util.Arrays.asList(
                entry.name().orElse(""),
                entry.userId(),
                entry.email().orElse(""),
                entry.leftAt().isPresent() ? "left" : "yes",
                day(entry.leftAt()),
                column.slug(),
                column.heading(),
                cell.status().code(),
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
