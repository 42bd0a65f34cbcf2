package org.digitalpractice.retention;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetentionPeriodsTest {

    static final Instant NOW = Instant.parse("2027-03-01T10:29:00Z");

    @Test
    void cutoffsLieTheirPeriodBeforeNow() {
        var periods = RetentionPeriods.ofDays(30, 365, 1095, 2190);
        assertEquals(Instant.parse("2027-01-30T10:29:00Z"), periods.deliveredScoresBefore(NOW));
        assertEquals(Instant.parse("2026-03-01T10:29:00Z"), periods.leftCourseBefore(NOW));
        assertEquals(Instant.parse("2024-03-01T10:29:00Z"), periods.unseenBefore(NOW), "2024 was a leap year");
        assertEquals(Instant.parse("2021-03-02T10:29:00Z"), periods.logsBefore(NOW), "six years of 365 days, "
                + "with 29 February 2024 in between");
    }

    @Test
    void refusesToKeepTheLogsForLessThanAYearSoAComplaintCanStillFindWhoDidWhat() {
        var refused = assertThrows(IllegalArgumentException.class, () -> RetentionPeriods.ofDays(30, 365, 1095, 364));
        assertTrue(refused.getMessage().startsWith("dp.retention.log-days (DP_RETENTION_LOG_DAYS) is 364: it must "
                + "be at least 365"), refused.getMessage());
        assertEquals(Duration.ofDays(365), RetentionPeriods.ofDays(30, 365, 1095, 365).logs());
    }

    @Test
    void refusesAnUnseenPeriodShorterThanAYearAndAMonthSoAnnualTrainingKeepsItsRecord() {
        var refused = assertThrows(IllegalArgumentException.class, () -> RetentionPeriods.ofDays(30, 365, 399, 2190));
        assertTrue(refused.getMessage().startsWith("dp.retention.unseen-days (DP_RETENTION_UNSEEN_DAYS) is 399: it "
                + "must be at least 400, so that someone who trains once a year keeps their CPD record"),
                refused.getMessage());
        assertEquals(Duration.ofDays(400), RetentionPeriods.ofDays(30, 365, 400, 2190).unseen());
    }

    @Test
    void refusesALeftCoursePeriodShortEnoughForARosterMistakeToErasePeople() {
        var refused = assertThrows(IllegalArgumentException.class, () -> RetentionPeriods.ofDays(30, 29, 1095, 2190));
        assertTrue(refused.getMessage().startsWith("dp.retention.left-course-days (DP_RETENTION_LEFT_COURSE_DAYS) "
                + "is 29: it must be at least 30"), refused.getMessage());
        assertEquals(Duration.ofDays(30), RetentionPeriods.ofDays(30, 30, 1095, 2190).leftCourse());
    }

    @Test
    void refusesToForgetDeliveredScoresTheDayTheyAreSent() {
        var refused = assertThrows(IllegalArgumentException.class, () -> RetentionPeriods.ofDays(0, 365, 1095, 2190));
        assertTrue(refused.getMessage().contains("DP_RETENTION_DELIVERED_SCORES_DAYS) is 0: it must be at least 1"),
                refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RetentionPeriods.ofDays(-5, 365, 1095, 2190));
    }
}
