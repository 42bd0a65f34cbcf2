package org.digitalpractice.catalogue.authoring;

import org.digitalpractice.catalogue.versions.CatalogueEntry;
import org.digitalpractice.infrastructure.Problem;

import java.util.Optional;

/**
 * One slug as a council's trainer sees it: the shared library's entry, the council's own entry, and the council's
 * draft, any of which may be absent (but not all three).
 */
public record CouncilModule(String slug, Optional<CatalogueEntry> library, Optional<CatalogueEntry> own,
                            Optional<ModuleDraft> draft) {

    /** Whether the council has its own copy (a draft, or a published or archived entry). */
    public boolean councils() {
        return own.isPresent() || draft.isPresent();
    }

    /** The draft to edit; a library module must be copied first. */
    public ModuleDraft editable() {
        return draft.orElseThrow(() -> new Problem(409, "This module is in the shared library",
                "Shared library modules are read-only for councils, so '" + slug + "' cannot be changed here.",
                "Open the module and choose \"Copy to adapt\": your council gets its own copy to edit, "
                        + "and your learners see it instead of the library's once you publish it."));
    }

    /** The entry whose versions the council's learners see: its own if it has one. */
    public Optional<CatalogueEntry> offered() {
        return own.or(() -> library);
    }

    public String statusLabel() {
        if (own.isPresent()) {
            return switch (own.get().status()) {
                case PUBLISHED -> "Published";
                case ARCHIVED -> "Archived";
                case DRAFT -> "Draft";
            };
        }
        return draft.isPresent() ? "Draft" : "Published";
    }
}
