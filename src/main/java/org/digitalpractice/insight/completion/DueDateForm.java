package org.digitalpractice.insight.completion;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lead's due date for a link, as the GOV.UK date input sends it (day, month, year), checked with the pattern's
 * own messages: what is missing, or why it is not a real date.
 */
public record DueDateForm(String day, String month, String year) {

    /** A problem with one field, for the error summary and the field's own message. */
    public record FieldError(String field, String message) implements org.digitalpractice.web.ErrorLink {
        public String href() {
            return "#" + field;
        }
    }

    public static DueDateForm of(String day, String month, String year) {
        return new DueDateForm(trim(day), trim(month), trim(year));
    }

    public static DueDateForm of(LocalDate date) {
        return new DueDateForm(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    public static DueDateForm empty() {
        return new DueDateForm("", "", "");
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    /** The date, or the problems that stop it being one. */
    public List<FieldError> errors() {
        var errors = new ArrayList<FieldError>();
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            errors.add(new FieldError("due-day", "Enter the due date"));
            return errors;
        }
        var missing = new ArrayList<String>();
        if (day.isEmpty()) {
            missing.add("day");
        }
        if (month.isEmpty()) {
            missing.add("month");
        }
        if (year.isEmpty()) {
            missing.add("year");
        }
        if (!missing.isEmpty()) {
            errors.add(new FieldError("due-" + missing.get(0), "The due date must include a "
                    + String.join(" and a ", missing)));
            return errors;
        }
        if (!day.matches("\\d{1,2}") || !month.matches("\\d{1,2}")) {
            errors.add(new FieldError(!day.matches("\\d{1,2}") ? "due-day" : "due-month",
                    "The due date must be a real date"));
            return errors;
        }
        if (!year.matches("\\d{4}")) {
            errors.add(new FieldError("due-year", "The year must include 4 numbers"));
            return errors;
        }
        if (date().isEmpty()) {
            errors.add(new FieldError("due-day", "The due date must be a real date"));
            return errors;
        }
        if (date().get().getYear() < 2000 || date().get().getYear() > 2100) {
            errors.add(new FieldError("due-year", "The due date must be between 2000 and 2100"));
        }
        return errors;
    }

    public Optional<LocalDate> date() {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (NumberFormatException | DateTimeException notADate) {
            return Optional.empty();
        }
    }

    /** Whether a field is the one an error names, so it gets the error style. */
    public boolean hasError(String field) {
        return errors().stream().anyMatch(e -> e.field().equals(field));
    }
}
