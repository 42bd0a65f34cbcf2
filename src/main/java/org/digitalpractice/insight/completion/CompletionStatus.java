package org.digitalpractice.insight.completion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/** Where one person is with one placed module. */
public enum CompletionStatus {
    NOT_STARTED("not-started", "Not started", "govuk-tag--grey"),
    IN_PROGRESS("in-progress", "In progress", "govuk-tag--light-blue"),
    COMPLETED("completed", "Completed", "govuk-tag--green"),
    OVERDUE("overdue", "Overdue", "govuk-tag--red");

    private final String code;
    private final String label;
    private final String tagClass;

    CompletionStatus(String code, String label, String tagClass) {
        this.code = code;
        this.label = label;
        this.tagClass = tagClass;
    }

    /**
     * Completed wins, even after the due date: the training was done. Otherwise a module is overdue from the day
     * after its due date (the due day itself is still in time), whether or not it was started.
     */
    public static CompletionStatus of(Optional<Instant> started, Optional<Instant> completed,
                                      Optional<LocalDate> due, LocalDate today) {
        if (completed.isPresent()) {
            return COMPLETED;
        }
        if (due.isPresent() && today.isAfter(due.get())) {
            return OVERDUE;
        }
        return started.isPresent() ? IN_PROGRESS : NOT_STARTED;
    }

    /** As a query parameter and in the CSV: "not-started", "in-progress", "completed", "overdue". */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public String tagClass() {
        return tagClass;
    }

    public static Optional<CompletionStatus> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
