package org.digitalpractice.web;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Dates and durations in GOV.UK style, in UK time. */
class DatesTest {

    @Test
    void daysAreWrittenInFull() {
        assertEquals("26 November 2026", Dates.day(Instant.parse("2026-11-26T09:00:00Z")));
    }

    @Test
    void daysAreInUkTime() {
        // 23:30 UTC on 30 June is 00:30 on 1 July in British Summer Time.
        assertEquals("1 July 2026", Dates.day(Instant.parse("2026-06-30T23:30:00Z")));
        assertEquals("2026-07-01", Dates.isoDay(Instant.parse("2026-06-30T23:30:00Z")));
    }

    @Test
    void durationsReadNaturally() {
        assertEquals("0 minutes", Dates.duration(0));
        assertEquals("less than a minute", Dates.duration(40));
        assertEquals("1 minute", Dates.duration(60));
        assertEquals("1 hour 5 minutes", Dates.duration(3900));
        assertEquals("2 hours", Dates.duration(7200));
    }
}
