package org.digitalpractice.retention;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetentionReportTest {

    static final Instant AT = Instant.parse("2027-03-01T10:29:00Z");
    static final RetentionPeriods PERIODS = RetentionPeriods.ofDays(30, 365, 1095, 2190);

    @Test
    void aRunReportsCountsPerKind() {
        var report = new RetentionReport(AT, Optional.empty(), PERIODS, new RetentionReport.Removed(1, 2, 3, 4, 9, 11, 13, 14),
                new RetentionReport.Departed(5, 6, 7, 8), new RetentionReport.Departed(10, 11, 0, 12));
        var json = Json.createReader(new StringReader(report.json())).readObject();
        assertTrue(json.getBoolean("ran"));
        assertEquals(2, json.getJsonObject("removed").getInt("sessions"));
        assertEquals(4, json.getJsonObject("removed").getInt("deliveredScores"));
        assertEquals(9, json.getJsonObject("removed").getInt("pulseFreeTexts"));
        assertEquals(11, json.getJsonObject("removed").getInt("registrationLinks"));
        assertEquals(13, json.getJsonObject("removed").getInt("auditEntries"));
        assertEquals(14, json.getJsonObject("removed").getInt("privacyLogEntries"));
        assertEquals(2190, json.getJsonObject("settings").getInt("logDays"));
        assertEquals(5, json.getJsonObject("leavers").getInt("deIdentified"));
        assertEquals(6, json.getJsonObject("leavers").getInt("keptForScoreToSend"));
        assertEquals(365, json.getJsonObject("settings").getInt("leftCourseDays"));
        assertEquals(1095, json.getJsonObject("settings").getInt("unseenDays"));
        assertEquals(10, json.getJsonObject("unseenOnNoRoster").getInt("deIdentified"));
        assertEquals(11, json.getJsonObject("unseenOnNoRoster").getInt("keptForScoreToSend"));
        assertEquals(12, json.getJsonObject("unseenOnNoRoster").getInt("failed"));
        assertEquals("Retention: removed 1 expired login states and nonces, 2 expired sessions, 3 expired new-window "
                + "codes, 4 delivered scores older than 30 days, 9 practice pulse answers' own words from ended quarters, "
                + "11 spent registration links, 13 audit log and 14 privacy log entries older than 2190 days; people gone from every course for over 365 days: "
                + "5 de-identified, 6 kept until a score is sent, 7 kept as seen since, 8 failed (tried again next run); "
                + "people on no roster unseen for over 1095 days: 10 de-identified, 11 kept until a score is sent, "
                + "12 failed",
                report.summary());
    }

    @Test
    void aSkippedRunSaysWhichRunMadeItSkipAndRemovesNothing() {
        var report = RetentionReport.skipped(AT, AT.minusSeconds(60), PERIODS);
        var json = Json.createReader(new StringReader(report.json())).readObject();
        assertFalse(json.getBoolean("ran"));
        assertEquals("2027-03-01T10:28:00Z", json.getString("lastRun"));
        assertFalse(json.containsKey("removed"));
        assertEquals(RetentionReport.Removed.NOTHING, report.removed());
    }
}
