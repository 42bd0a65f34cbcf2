package org.digitalpractice.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** One clock for the whole tool, so that time-dependent rules can be tested with a fixed one. */
@ApplicationScoped
public class Clocks {

    /** Councils work to UK calendar days: a due date or a day in a report is a day in London. */
    public static final java.time.ZoneId UK = java.time.ZoneId.of("Europe/London");

    @Produces
    @ApplicationScoped
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
