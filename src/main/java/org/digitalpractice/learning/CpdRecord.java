package org.digitalpractice.learning;

import org.digitalpractice.assessment.SelfAssessmentRecord;
import org.digitalpractice.catalogue.TrainingModule;
import org.digitalpractice.infrastructure.Csv;
import org.digitalpractice.web.Dates;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A social worker's record of continuing professional development from Digital Practice: what they completed,
 * when, how long it took, their score, what they learned and their reflection, and their latest capability
 * self-assessment. Shaped for Social Work England CPD entries, and exported as CSV, Markdown or PDF.
 */
public record CpdRecord(String name, String council, List<Entry> completed, List<Entry> inProgress,
                        Optional<SelfAssessmentRecord> selfAssessment) {

    /** What the self-assessment's part of the record says about its gradebook, for the page and the PDF alike. */
    public static final String GRADEBOOK_KEY = "What your employer's gradebook received";

    /** One module in the record. */
    public record Entry(String slug, TrainingModule module, Instant started, Optional<Instant> completed,
                        long secondsSpent, Optional<Integer> score, Optional<String> reflection) {
        public String completedOn() {
            return completed.map(Dates::day).orElse("");
        }

        public String timeSpent() {
            return Dates.duration(secondsSpent);
        }
    }

    public static final List<String> CSV_HEADER = List.of("Title", "Completed on", "Time spent (minutes)",
            "Score (%)", "Learning outcomes", "Reflection", "Provider");

    public String csv() {
        var out = new StringBuilder(Csv.row(CSV_HEADER));
        for (var entry : completed) {
            out.append(Csv.row(List.of(entry.module().title(),
                    entry.completed().map(Dates::isoDay).orElse(""),
                    String.valueOf(Math.round(entry.secondsSpent() / 60.0)),
                    entry.score().map(String::valueOf).orElse(""),
                    String.join("; ", entry.module().outcomes()),
                    entry.reflection().orElse(""),
                    "Digital Practice")));
        }
        return out.toString();
    }

    public String markdown() {
        var out = new StringBuilder("# CPD record: ").append(name).append("\n\n")
                .append("Digital professionalism and online safeguarding training with Digital Practice, ")
                .append(council).append(".\n");
        if (completed.isEmpty()) {
            out.append("\nNo modules completed yet.\n");
        }
        for (var entry : completed) {
            out.append("\n## ").append(entry.module().title()).append("\n\n")
                    .append("- Completed: ").append(entry.completedOn()).append("\n")
                    .append("- Time spent: ").append(entry.timeSpent()).append("\n")
                    .append("- Knowledge check score: ").append(entry.score().map(s -> s + "%").orElse("none"))
                    .append("\n\n### What I learned\n\n");
            entry.module().outcomes().forEach(outcome -> out.append("- ").append(outcome).append("\n"));
            out.append("\n### My reflection\n\n")
                    .append(entry.reflection().orElse("(No reflection written yet.)")).append("\n");
        }
        selfAssessment.ifPresent(self -> {
            out.append("\n## Self-assessment: ").append(self.title()).append("\n\n")
                    .append("- Completed: ").append(Dates.day(self.submittedAt())).append("\n")
                    .append("- Overall: ").append(self.overall()).append("\n")
                    .append("- ").append(GRADEBOOK_KEY).append(": ").append(self.gradebook()).append("\n\n")
                    .append("### Areas rated\n\n");
            self.areas().forEach(area -> out.append("- ").append(area.code()).append(". ").append(area.title())
                    .append(": ").append(area.described()).append("\n"));
        });
        return out.toString();
    }
}
