package org.digitalpractice.insight.completion;

import org.digitalpractice.web.Dates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** One person against one placed module: the status, with the dates and score that explain it. */
public record Cell(CompletionStatus status, Optional<Instant> started, Optional<Instant> lastActivity,
                   Optional<Instant> completed, Optional<Integer> score, Optional<LocalDate> due) {

    public static Cell of(Optional<Instant> started, Optional<Instant> lastActivity, Optional<Instant> completed,
                          Optional<Integer> score, Optional<LocalDate> due, LocalDate today) {
        return new Cell(CompletionStatus.of(started, completed, due, today), started, lastActivity, completed, score,
                due);
    }

    /** The words under the status tag: the date that matters for it, and the score of a completion. */
    public String detail() {
        return switch (status) {
            case COMPLETED -> Dates.day(completed.orElseThrow()) + score.map(s -> ", score " + s + "%").orElse("");
            case IN_PROGRESS -> "last active " + Dates.day(lastActivity.orElseThrow());
            case OVERDUE -> "due " + day(due.orElseThrow()) + lastActivity.map(a -> ", last active "
                    + Dates.day(a)).orElse(", not started");
            case NOT_STARTED -> due.map(d -> "due " + day(d)).orElse("");
        };
    }

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

    /** A calendar date as GOV.UK style writes it, like {@link Dates#day}. */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** The moment that orders cells of the same status when sorting: the most telling date. */
    Instant sortMoment() {
        return completed.or(() -> lastActivity).orElse(Instant.EPOCH);
    }
}
