package org.digitalpractice.privacy;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErasureReportTest {

    static final Instant AT = Instant.parse("2026-12-02T09:30:00Z");

    @Test
    void saysWhatWasRemovedAndKeptInCountsPerKind() {
        var report = new ErasureReport(123, AT, false,
                new ErasureReport.Removed(1, 2, 3, 4, 20, 5, 6, 7, 8, 9, 19, 10, 11),
                new ErasureReport.NamesRemoved(12, 13, 14, 15, 16), new ErasureReport.Kept(17, 18),
                new ErasureReport.LeftTheTotals(23, 21, 22));

        var json = Json.createReader(new StringReader(report.json())).readObject();

        assertTrue(json.getBoolean("erased"));
        assertEquals(20, json.getJsonObject("removed").getInt("teamMemberships"));
        assertEquals(5, json.getJsonObject("removed").getInt("checkAttempts"));
        assertEquals(6, json.getJsonObject("removed").getInt("reflections"));
        assertEquals(10, json.getJsonObject("removed").getInt("unsentScores"));
        assertEquals(19, json.getJsonObject("removed").getInt("pulseFreeText"));
        assertEquals(16, json.getJsonObject("namesRemoved").getInt("moduleChanges"));
        assertEquals(23, json.getJsonObject("deletedFromTotals").getInt("moduleProgress"));
        assertEquals(21, json.getJsonObject("deletedFromTotals").getInt("selfAssessments"));
        assertEquals(22, json.getJsonObject("deletedFromTotals").getInt("pulseResponses"));
        assertEquals(17, json.getJsonObject("keptDeIdentified").getInt("moduleProgress"));
        assertEquals("2026-12-02T09:30:00Z", json.getString("at"));
    }

    @Test
    void erasingSomeoneAlreadyErasedSaysNothingWasLeft() {
        var json = Json.createReader(new StringReader(ErasureReport.nothingLeft(123, AT).json())).readObject();

        assertFalse(json.getBoolean("erased"));
        assertTrue(json.getBoolean("alreadyErased"));
        assertTrue(json.getString("message").contains("nothing was left"), json.toString());
        assertFalse(json.containsKey("removed"));
    }

    @Test
    void keepsTheTotalsUnlessTheAdministratorAsksToKeepNothing() {
        assertEquals(Erasure.Keep.TOTALS, Erasure.Keep.of(null));
        assertEquals(Erasure.Keep.TOTALS, Erasure.Keep.of(" "));
        assertEquals(Erasure.Keep.TOTALS, Erasure.Keep.of("totals"));
        assertEquals(Erasure.Keep.NOTHING, Erasure.Keep.of("Nothing"));
    }

    @Test
    void refusesAnyOtherChoiceOfWhatToKeep() {
        var refused = org.junit.jupiter.api.Assertions.assertThrows(Refused.class, () -> Erasure.Keep.of("all"));
        assertEquals(400, refused.status());
        assertTrue(refused.getMessage().startsWith("keep must be 'totals'"), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("not 'all'."), refused.getMessage());
    }
}
