package org.digitalpractice.learning;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.digitalpractice.assessment.SelfAssessmentRecord;
import org.digitalpractice.assessment.framework.Rating;
import org.digitalpractice.catalogue.ModuleReader;
import org.digitalpractice.web.Templates;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PDFs say what the record says, in a document a screen reader can follow. */
class CpdPdfTest {

    static final CpdRecord.Entry ENTRY = new CpdRecord.Entry("boundaries-online",
            new ModuleReader().read(Path.of("modules", "boundaries-online")), Instant.parse("2026-11-02T09:00:00Z"),
            Optional.of(Instant.parse("2026-11-03T10:30:00Z")), 2_760, Optional.of(83),
            Optional.of("I now check my privacy settings each month & tell families how to reach me <safely>."));
    static final CpdRecord RECORD = new CpdRecord("Amara Okafor", "Northmoor Council", List.of(ENTRY), List.of(),
            Optional.empty());
    static final SelfAssessmentRecord SELF = new SelfAssessmentRecord("Digital capability self-assessment", 2,
            Instant.parse("2026-11-20T16:00:00Z"), List.of(
            new SelfAssessmentRecord.Area("A", "Online safety", Optional.of(Rating.PRACTISING), Optional.of("2.3")),
            new SelfAssessmentRecord.Area("B", "Digital evidence", Optional.of(Rating.AWARE), Optional.of("1.8")),
            new SelfAssessmentRecord.Area("C", "Leadership", Optional.empty(), Optional.empty())),
            Optional.of("2.1"), Optional.of(Rating.PRACTISING),
            "That you completed it (1 out of 1). Nothing about your answers.");
    static final CpdRecord WITH_SELF_ASSESSMENT = new CpdRecord("Amara Okafor", "Northmoor Council", List.of(ENTRY),
            List.of(), Optional.of(SELF));

    static CpdPdf pdf() {
        var pdf = new CpdPdf();
        pdf.templates = new Templates();
        return pdf;
    }

    static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aCertificateNamesThePersonTheModuleTheDateAndTheScore() throws Exception {
        var text = text(pdf().certificate(RECORD, ENTRY));
        assertTrue(text.contains("Certificate of completion"), text);
        assertTrue(text.contains("Amara Okafor"), text);
        assertTrue(text.contains(ENTRY.module().title()), text);
        assertTrue(text.contains("Completed on " + ENTRY.completedOn()), text);
        assertTrue(text.contains("Time spent " + ENTRY.timeSpent()), text);
        assertTrue(text.contains("83%"), text);
        assertTrue(text.contains("Northmoor Council"), text);
        assertTrue(!text.contains("privacy settings each month"), "a certificate never shows the reflection");
    }

    @Test
    void theRecordHoldsEachCompletedModuleWithTheReflection() throws Exception {
        var text = text(pdf().record(RECORD));
        assertTrue(text.contains("CPD record"), text);
        assertTrue(text.contains(ENTRY.module().title()), text);
        assertTrue(text.contains("I now check my privacy settings each month & tell families how to reach me <safely>."),
                "the reflection, as written: " + text);
        assertTrue(text.contains(ENTRY.module().outcomes().get(0).replaceAll("\\s+", " ")), text);
    }

    @Test
    void thePdfIsTaggedWithATitleAndLanguage() throws Exception {
        try (var document = Loader.loadPDF(pdf().certificate(RECORD, ENTRY))) {
            var catalog = document.getDocumentCatalog();
            assertTrue(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(), "a tagged PDF");
            assertTrue(catalog.getStructureTreeRoot() != null, "with a structure tree");
            assertEquals("en-GB", catalog.getLanguage());
            assertTrue(document.getDocumentInformation().getTitle().startsWith("Certificate: "));
        }
    }

    @Test
    void theRecordHoldsTheSelfAssessmentAsTheRecordSaysIt() throws Exception {
        var text = text(pdf().record(WITH_SELF_ASSESSMENT));
        var self = WITH_SELF_ASSESSMENT.selfAssessment().orElseThrow();
        assertTrue(text.contains("Self-assessment: " + self.title()), text);
        assertTrue(text.contains("Completed on " + org.digitalpractice.web.Dates.day(self.submittedAt())), text);
        assertTrue(text.contains("Overall " + self.overall()), text);
        assertEquals("Practising (mean 2.1 out of 3)", self.overall());
        assertTrue(text.contains(CpdRecord.GRADEBOOK_KEY + " " + self.gradebook()), text);
        for (var area : self.areas()) {
            assertTrue(text.contains(area.code() + ". " + area.title() + " " + area.described()), area.code() + ": " + text);
        }
        assertTrue(text.contains("B. Digital evidence Aware (mean 1.8 out of 3)"), "1.8 is Aware: " + text);
        assertTrue(text.contains("C. Leadership Not assessed"), text);
    }

    @Test
    void aRecordWithoutASelfAssessmentHasNoSectionForIt() throws Exception {
        assertTrue(!text(pdf().record(RECORD)).contains("Self-assessment:"));
    }

    @Test
    void theMarkdownHoldsTheSelfAssessmentToo() {
        var markdown = WITH_SELF_ASSESSMENT.markdown();
        assertTrue(markdown.contains("## Self-assessment: Digital capability self-assessment"), markdown);
        assertTrue(markdown.contains("- Completed: 20 November 2026"), markdown);
        assertTrue(markdown.contains("- A. Online safety: Practising (mean 2.3 out of 3)"), markdown);
        assertTrue(markdown.contains("- " + CpdRecord.GRADEBOOK_KEY + ": That you completed it (1 out of 1)."), markdown);
    }
}
