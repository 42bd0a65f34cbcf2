package org.digitalpractice.pulse;

import org.digitalpractice.infrastructure.Problem;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Calendar quarters in UK time, and the quarter a page's parameter may name. */
class QuarterTest {

    @Test
    void eachMonthFallsInItsCalendarQuarter() {
        assertEquals(new Quarter(2026, 1), Quarter.of(LocalDate.of(2026, 1, 1)));
        assertEquals(new Quarter(2026, 1), Quarter.of(LocalDate.of(2026, 3, 31)));
        assertEquals(new Quarter(2026, 2), Quarter.of(LocalDate.of(2026, 4, 1)));
        assertEquals(new Quarter(2026, 3), Quarter.of(LocalDate.of(2026, 9, 30)));
        assertEquals(new Quarter(2026, 4), Quarter.of(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void aQuarterStartsAtMidnightInLondonNotUtc() {
        // 23:30 UTC on 31 March 2026 is 00:30 on 1 April in London (British Summer Time).
        assertEquals(new Quarter(2026, 2), Quarter.of(Instant.parse("2026-03-31T23:30:00Z")));
        assertEquals(new Quarter(2026, 1), Quarter.of(Instant.parse("2026-03-31T22:59:59Z")));
        // On 31 December London keeps UTC.
        assertEquals(new Quarter(2026, 4), Quarter.of(Instant.parse("2026-12-31T23:59:59Z")));
        assertEquals(new Quarter(2027, 1), Quarter.of(Instant.parse("2027-01-01T00:00:00Z")));
        assertEquals(Instant.parse("2026-03-31T23:00:00Z"), new Quarter(2026, 2).start());
        assertEquals(Instant.parse("2026-06-30T23:00:00Z"), new Quarter(2026, 2).end());
    }

    @Test
    void theCurrentQuarterFollowsTheClock() {
        var clock = Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC);
        assertEquals(new Quarter(2026, 4), Quarter.current(clock));
    }

    @Test
    void neighboursCrossTheYear() {
        assertEquals(new Quarter(2027, 1), new Quarter(2026, 4).next());
        assertEquals(new Quarter(2025, 4), new Quarter(2026, 1).previous());
        assertTrue(new Quarter(2026, 1).isAfter(new Quarter(2025, 4)));
    }

    @Test
    void saysItselfForPeopleAndForFiles() {
        var quarter = new Quarter(2026, 2);
        assertEquals("April to June 2026", quarter.label());
        assertEquals("2026-Q2", quarter.code());
        assertEquals(LocalDate.of(2026, 6, 30), quarter.lastDay());
        assertEquals(Optional.of(quarter), Quarter.parse("2026-Q2"));
        assertEquals(Optional.empty(), Quarter.parse("2026-Q5"));
        assertEquals(Optional.empty(), Quarter.parse("2026Q2"));
    }

    @Test
    void codesSortAsTheirQuartersDo() {
        // Stores compare codes as text; that is right only while they sort as time does.
        assertTrue(new Quarter(2025, 4).code().compareTo(new Quarter(2026, 1).code()) < 0);
        assertTrue(new Quarter(2026, 1).code().compareTo(new Quarter(2026, 2).code()) < 0);
    }

    @Test
    void aParameterNamesAQuarterUpToTheCurrentOne() {
        var current = new Quarter(2026, 2);
        assertEquals(current, Quarter.fromParameter(null, current));
        assertEquals(current, Quarter.fromParameter(" ", current));
        assertEquals(new Quarter(2025, 3), Quarter.fromParameter("2025-Q3", current));
        var bad = assertThrows(Problem.class, () -> Quarter.fromParameter("last", current));
        assertEquals(400, bad.status());
        assertTrue(bad.detail().contains("'last' is not a quarter"), bad.detail());
        var future = assertThrows(Problem.class, () -> Quarter.fromParameter("2026-Q3", current));
        assertEquals(404, future.status());
        assertTrue(future.detail().contains("has not started yet"), future.detail());
        assertEquals(404, assertThrows(Problem.class, () -> Quarter.fromParameter("1999-Q4", current)).status());
    }
}
