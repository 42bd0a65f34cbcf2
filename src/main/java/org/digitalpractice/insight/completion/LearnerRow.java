package org.digitalpractice.insight.completion;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One person of the roster across the matrix, with a cell per column, and when they last submitted the
 * self-assessment (only that: never their answers). Those who left the course have leftAt.
 */
public record LearnerRow(String userId, Optional<String> name, Optional<String> email, Optional<Instant> leftAt,
                         List<Cell> cells, Optional<Instant> selfAssessed) {

    /** The self-assessment's column, in the words of a module's: "Completed" with its day, or "Not completed". */
    public String selfAssessmentStatus() {
        return selfAssessed.isPresent() ? "Completed" : "Not completed";
    }

    public String selfAssessmentDetail() {
        return selfAssessed.map(org.digitalpractice.web.Dates::day).orElse("");
    }

    public String displayName() {
        return name.filter(n -> !n.isBlank()).orElse(userId);
    }

    public long count(CompletionStatus status) {
        return cells.stream().filter(c -> c.status() == status).count();
    }

    public boolean any(CompletionStatus status) {
        return cells.stream().anyMatch(c -> c.status() == status);
    }
}
