package org.digitalpractice.session.people;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a due date as platforms pass it: an ISO date, or an ISO date-time of which the date counts. */
final class DueDates {

    private DueDates() {
    }

    static Optional<LocalDate> parse(String text) {
        var value = text.strip();
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException notADate) {
            try {
                return Optional.of(OffsetDateTime.parse(value).toLocalDate());
            } catch (DateTimeParseException notADateTime) {
                // e.g. an unsubstituted "$ResourceLink.submission.endDateTime"
                return Optional.empty();
            }
        }
    }
}
