package org.digitalpractice.pulse.figures;

import org.digitalpractice.pulse.Quarter;
import org.digitalpractice.pulse.SamplePulse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CSV gives every figure the page gives, and an empty cell with a note for every figure it keeps back. */
class PulseCsvTest {

    static final Quarter QUARTER = new Quarter(2026, 2);

    @Test
    void shownFiguresAreNumbersAndKeptBackOnesAreEmptyWithANote() {
        var figures = Figures.of(QUARTER, SamplePulse.QUESTIONS, FiguresTest.counts(10, Map.of("devices/laptop", 10,
                "devices/phone", 3, "confidence/fairly", 10, "support/kit", 6)), List.of());
        var lines = PulseCsv.of(figures, "Northmoor Council").split("\r\n");
        assertEquals(String.join(",", PulseCsv.HEADER), lines[0]);
        assertEquals("2026-Q2,Northmoor Council,,People who answered the pulse,,,10,,,,other councils: shown only "
                + "when at least 3 other councils each have 5 or more responses", lines[1]);
        assertTrue(List.of(lines).contains("2026-Q2,Northmoor Council,devices,Which do you use?,laptop,A laptop,10,"
                + "100,,,other councils: shown only when at least 3 other councils each have 5 or more responses"));
        assertTrue(List.of(lines).contains("2026-Q2,Northmoor Council,devices,Which do you use?,phone,A phone,,,,,"
                + "fewer than 5 people: not shown; other councils: shown only when at least 3 other councils each "
                + "have 5 or more responses"));
    }

    @Test
    void belowTheThresholdNoNumberIsWrittenAtAll() {
        var figures = Figures.of(QUARTER, SamplePulse.QUESTIONS, FiguresTest.alike(4), List.of());
        var csv = PulseCsv.of(figures, "A course");
        for (var line : csv.split("\r\n")) {
            assertTrue(!line.matches(".*,4,.*") && !line.contains("100"), line);
        }
        assertTrue(csv.contains("fewer than 5 people: not shown"));
    }

    @Test
    void otherCouncilsHaveTheirOwnColumns() {
        var figures = Figures.of(QUARTER, SamplePulse.QUESTIONS, FiguresTest.alike(5),
                List.of(FiguresTest.alike(5), FiguresTest.alike(5), FiguresTest.alike(5)));
        var csv = PulseCsv.of(figures, "Northmoor Council");
        assertTrue(csv.contains("devices,Which do you use?,laptop,A laptop,5,100,15,100,\r\n"), csv);
        assertTrue(csv.contains("People who answered the pulse,,,5,,15,,\r\n"), csv);
    }
}
