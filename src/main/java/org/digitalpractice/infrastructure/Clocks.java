package org.digitalpractice.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** One clock for the whole tool, so that time-dependent rules can be tested with a fixed one. */
@ApplicationScoped
public class Clocks {
    @Produces
    @ApplicationScoped
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
