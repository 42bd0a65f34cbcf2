package org.digitalpractice.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and durations as GOV.UK style writes them: "26 November 2026", "1 hour 5 minutes". UK time. */
public final class Dates {

    public static final ZoneId UK = org.digitalpractice.infrastructure.Clocks.UK;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private Dates() {
    }

    public static String day(Instant instant) {
        return DAY.format(instant.atZone(UK));
    }

    /** For files that other systems read: 2026-11-26. */
    public static String day(java.time.LocalDate date) {
        return DAY.format(date);
    }

    public static String isoDay(Instant instant) {
        return ISO_DAY.format(instant.atZone(UK));
    }

    public static String duration(long seconds) {
        var duration = Duration.ofSeconds(seconds);
        long hours = duration.toHours();
        long minutes = duration.toMinutesPart();
        if (hours == 0 && minutes == 0) {
            return seconds == 0 ? "0 minutes" : "less than a minute";
        }
        var text = new StringBuilder();
        if (hours > 0) {
            text.append(hours).append(hours == 1 ? " hour" : " hours");
        }
        if (minutes > 0) {
            text.append(text.isEmpty() ? "" : " ").append(minutes).append(minutes == 1 ? " minute" : " minutes");
        }
        return text.toString();
    }
}
