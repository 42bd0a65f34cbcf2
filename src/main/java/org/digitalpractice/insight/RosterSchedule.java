package org.digitalpractice.insight;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.digitalpractice.infrastructure.ClusterTurn;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps every course's roster fresh, hourly, so leads see joiners and leavers without waiting. In a cluster one
 * node fetches them: each fetch costs the platform a round of roster calls.
 */
@Singleton
public class RosterSchedule {

    private static final Logger LOG = Logger.getLogger(RosterSchedule.class.getName());

    @Inject
    CourseRoster roster;
    @Inject
    ClusterTurn turns;
    @Inject
    java.time.Clock clock;

    @Schedule(hour = "*", minute = "41", persistent = false)
    void hourly() {
        if (!turns.take("roster", ClusterTurn.HOURLY, clock.instant()).taken()) {
            return;
        }
        for (var course : roster.staleCourses(Duration.ofMinutes(55))) {
            try {
                roster.refresh(course);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Roster of course " + course + " not refreshed", e);
            }
        }
    }
}
