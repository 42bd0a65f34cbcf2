package org.digitalpractice.insight.completion;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The lead's due date form answers with the GOV.UK date input's own messages. */
class DueDateFormTest {

    static List<String> messages(String day, String month, String year) {
        return DueDateForm.of(day, month, year).errors().stream().map(DueDateForm.FieldError::message).toList();
    }

    @Test
    void aRealDateIsAccepted() {
        var form = DueDateForm.of(" 31 ", "3", "2027");
        assertEquals(List.of(), form.errors());
        assertEquals(Optional.of(LocalDate.of(2027, 3, 31)), form.date());
    }

    @Test
    void nothingEnteredAsksForTheDate() {
        assertEquals(List.of("Enter the due date"), messages("", " ", null));
    }

    @Test
    void aMissingPartIsNamed() {
        assertEquals(List.of("The due date must include a month"), messages("3", "", "2027"));
        assertEquals(List.of("The due date must include a day and a year"), messages("", "4", ""));
    }

    @Test
    void anImpossibleDateIsNotReal() {
        assertEquals(List.of("The due date must be a real date"), messages("31", "2", "2027"));
        assertEquals(List.of("The due date must be a real date"), messages("x", "2", "2027"));
        assertEquals("due-day", DueDateForm.of("31", "2", "2027").errors().get(0).field());
    }

    @Test
    void theYearNeedsFourNumbers() {
        assertEquals(List.of("The year must include 4 numbers"), messages("1", "2", "27"));
        assertEquals("due-year", DueDateForm.of("1", "2", "27").errors().get(0).field());
    }

    @Test
    void aFarAwayYearIsRefused() {
        assertEquals(List.of("The due date must be between 2000 and 2100"), messages("1", "2", "1999"));
    }
}
