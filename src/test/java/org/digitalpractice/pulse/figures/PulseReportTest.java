package org.digitalpractice.pulse.figures;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.digitalpractice.pulse.Quarter;
import org.digitalpractice.pulse.SamplePulse;
import org.digitalpractice.web.Templates;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workforce board's PDF says what the leads' page says, and keeps back what the page keeps back. */
class PulseReportTest {

    static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    static PulseReport report() {
        var report = new PulseReport();
        report.templates = new Templates();
        return report;
    }

    @Test
    void theReportGivesTheQuartersFiguresAndTheCouncilsAction() throws Exception {
        var figures = Figures.of(new Quarter(2026, 2), SamplePulse.QUESTIONS, FiguresTest.counts(10, Map.of(
                "devices/laptop", 10, "devices/phone", 3, "confidence/fairly", 10, "support/training", 7)), List.of());
        var modules = Map.of("training", List.of(new NeedsAndModules.ModuleLink("boundaries-online",
                "Boundaries and communicating online")), "kit", List.<NeedsAndModules.ModuleLink>of(),
                "time", List.<NeedsAndModules.ModuleLink>of());
        var text = text(report().pdf(new PulseReport.ReportView("Northmoor Council", "Northmoor Council", figures,
                Optional.empty(), modules, Instant.parse("2026-05-04T09:00:00Z"), 5, 3)));
        assertTrue(text.contains("Practice pulse"), text);
        assertTrue(text.contains("April to June 2026"), text);
        assertTrue(text.contains("People who answered 10"), text);
        assertTrue(text.contains("Training: 7 people (70%). Modules that meet it: Boundaries and communicating online"),
                text);
        assertTrue(text.contains("A laptop 10 100%"), text);
        assertTrue(text.contains("A phone not shown not shown"), text);
        assertTrue(text.contains("Other councils not shown for this quarter"), text);
    }

    @Test
    void belowTheThresholdTheReportHasNoFigures() throws Exception {
        var figures = Figures.of(new Quarter(2026, 2), SamplePulse.QUESTIONS, FiguresTest.alike(4), List.of());
        var text = text(report().pdf(new PulseReport.ReportView("Northmoor Council", "A course", figures,
                Optional.empty(), Map.of(), Instant.parse("2026-05-04T09:00:00Z"), 5, 3)));
        assertTrue(text.contains("fewer than 5: no figures are shown"), text);
        assertFalse(text.contains("A laptop"), text);
    }
}
