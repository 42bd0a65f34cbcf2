package org.digitalpractice.insight;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps every course's roster fresh, hourly, so leads see joiners and leavers without waiting. */
@Singleton
public class RosterSchedule {

    private static final Logger LOG = Logger.getLogger(RosterSchedule.class.getName());

    @Inject
    CourseRoster roster;

    @Schedule(hour = "*", minute = "41", persistent = false)
    void hourly() {
        for (var course : roster.staleCourses(Duration.ofMinutes(55))) {
            try {
                roster.refresh(course);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Roster of course " + course + " not refreshed", e);
            }
        }
    }
}
