package org.digitalpractice.insight.completion;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A module placed in the course: one column of the matrix. Its due date is the one the lead set, else the one the
 * link carries; {@code moduleRefs} are the council's and the library's module of that slug, either of which counts.
 * A module placed through Deep Linking is a column at once; it is {@code opened} once someone launches its link.
 */
public record Column(long placementId, String title, String slug, Optional<LocalDate> due, boolean dueSetByLead,
                     List<Long> moduleRefs, boolean opened) {

    public String heading() {
        return title == null || title.isBlank() ? slug : title;
    }

    public String dueText() {
        return due.map(Cell::day).orElse("No due date");
    }
}
