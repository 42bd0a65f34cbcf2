package org.digitalpractice.session.people;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DueDatesTest {

    @Test
    void readsAnIsoDate() {
        assertEquals(Optional.of(LocalDate.of(2027, 1, 31)), DueDates.parse("2027-01-31"));
    }

    @Test
    void takesTheDateOfAnIsoDateTime() {
        assertEquals(Optional.of(LocalDate.of(2027, 1, 31)), DueDates.parse(" 2027-01-31T23:59:00Z "));
    }

    @Test
    void ignoresAnUnsubstitutedVariable() {
        assertEquals(Optional.empty(), DueDates.parse("$ResourceLink.submission.endDateTime"));
    }

    @Test
    void ignoresAnImpossibleDate() {
        assertEquals(Optional.empty(), DueDates.parse("2027-02-30"));
    }
}
