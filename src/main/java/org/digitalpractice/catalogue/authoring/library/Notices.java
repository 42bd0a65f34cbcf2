package org.digitalpractice.catalogue.authoring.library;

import java.util.Optional;

/** What a module's page says after an action, named by the {@code done} parameter of the redirect. */
final class Notices {

    private Notices() {
    }

    static Optional<String> of(String done) {
        if (done == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (done) {
            case "copied" -> "Your council now has its own copy to adapt. Learners keep seeing the library's "
                    + "module until you publish.";
            case "saved" -> "Saved to the draft. Learners do not see it until you publish.";
            case "deleted" -> "The lesson was removed from the draft.";
            case "published" -> "Published. New learners get this version; learners part-way through keep theirs.";
            case "archived" -> "Archived. New learners no longer see it; learners who started it keep their progress.";
            case "started" -> "Your new module is a draft, made from the library module you chose. Change every "
                    + "part to your council's content, preview it, then publish it.";
            case "imported" -> "Imported into the draft. Preview it, then publish it when it is ready.";
            case "restored" -> "Restored as a new version. New learners get it; learners part-way through keep "
                    + "theirs.";
            default -> null;
        });
    }
}
