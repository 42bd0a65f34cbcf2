package org.digitalpractice.catalogue.authoring;

import org.digitalpractice.catalogue.ModuleFiles;
import org.digitalpractice.catalogue.ModuleProblem;
import org.digitalpractice.catalogue.ModuleReader;
import org.digitalpractice.catalogue.TrainingModule;

import java.util.List;

/**
 * Checks a draft with the same {@link ModuleReader} that loads {@code modules/}, and turns its problem into an
 * error on the form field a trainer can fix, for the GOV.UK error summary.
 */
public final class DraftCheck {

    /** An error on one field of a form: its id (the link target) and what to fix. */
    public record FieldError(String field, String message) {
        public String href() {
            return "#" + field;
        }
    }

    /** A draft the reader refused, with the errors to show on the form. */
    public static class Invalid extends RuntimeException {
        private final List<FieldError> errors;

        Invalid(List<FieldError> errors) {
            super(errors.get(0).message());
            this.errors = List.copyOf(errors);
        }

        public List<FieldError> errors() {
            return errors;
        }
    }

    private DraftCheck() {
    }

    /** Reads the draft's files, or throws {@link Invalid} naming the field of the part being edited. */
    public static TrainingModule check(String slug, ModuleFiles files, String editedPath) {
        try {
            return new ModuleReader().read(slug, files);
        } catch (ModuleProblem problem) {
            throw new Invalid(List.of(error(slug, problem, editedPath)));
        }
    }

    static FieldError error(String slug, ModuleProblem problem, String editedPath) {
        var file = problem.file().startsWith(slug + "/") ? problem.file().substring(slug.length() + 1) : problem.file();
        if (file.equals("module.yaml") && editedPath.equals("module.yaml")) {
            var field = problem.field().map(f -> f.split("[.\\[]", 2)[0]).orElse("");
            if (ModuleDetails.LABELS.containsKey(field)) {
                var where = problem.field().get().equals(field) ? ""
                        : " (" + problem.field().get().substring(field.length()).replaceFirst("^\\.", "") + ")";
                return new FieldError(field, ModuleDetails.LABELS.get(field) + where + " " + problem.problem());
            }
            return new FieldError("title", problem.getMessage());
        }
        if (file.equals(editedPath)) {
            var line = problem.line().isPresent() ? "Line " + problem.line().getAsInt() + ": " : "";
            var field = problem.field().map(f -> "field '" + f + "' ").orElse("");
            return new FieldError("content", line + field + problem.problem());
        }
        // The change broke another part, such as a lesson citing a reference just removed.
        return new FieldError(editedPath.equals("module.yaml") ? "references" : "content",
                "This change makes another part invalid: " + problem.getMessage());
    }
}
