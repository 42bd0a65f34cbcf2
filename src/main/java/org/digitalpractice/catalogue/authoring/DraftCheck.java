package org.digitalpractice.catalogue.authoring;

import org.digitalpractice.catalogue.ModuleFiles;
import org.digitalpractice.catalogue.ModuleProblem;
import org.digitalpractice.catalogue.ModuleReader;
import org.digitalpractice.catalogue.TrainingModule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a draft with the same {@link ModuleReader} that loads {@code modules/}, and turns its problem into an
 * error on the form field a trainer can fix, for the GOV.UK error summary.
 */
public final class DraftCheck {

    /** What an authoring form's error summary says first: a refused save changes nothing. */
    public static final String NOTHING_SAVED = "Nothing was saved. Your changes are still in the form below.";

    /** An error on one field of a form: its id (the link target) and what to fix. */
    public record FieldError(String field, String message) implements org.digitalpractice.web.ErrorLink {
        @Override
        public String href() {
            return "#" + field;
        }

        /** The message of the error on {@code field}, or null when it has none (as the templates test it). */
        public static String on(List<FieldError> errors, String field) {
            return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message)
                    .findFirst().orElse(null);
        }
    }

    /** A draft the reader refused, with the errors to show on the form. */
    public static class Invalid extends RuntimeException {
        private final List<FieldError> errors;

        public Invalid(List<FieldError> errors) {
            super(errors.stream().map(FieldError::message).collect(java.util.stream.Collectors.joining("; ")));
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
        return check(slug, files, problem -> error(slug, problem, editedPath));
    }

    /**
     * Reads the draft's files, or throws {@link Invalid} with the problem as {@code toField} names it: the structured
     * forms know which of their fields a reader's path such as {@code questions[2].options[1].feedback} is.
     */
    public static TrainingModule check(String slug, ModuleFiles files, Function<ModuleProblem, FieldError> toField) {
        TrainingModule module;
        try {
            module = new ModuleReader().read(slug, files);
        } catch (ModuleProblem problem) {
            throw new Invalid(List.of(toField.apply(problem)));
        }
        // The reader stops at the first problem; the limits are all shown at once.
        var breaches = Limits.of(slug, files, module);
        if (!breaches.isEmpty()) {
            throw new Invalid(breaches.stream().map(toField).distinct().toList());
        }
        return module;
    }

    /**
     * The form field of a problem inside one item of a file's list ({@code item} such as {@code questions[2]}):
     * {@code options[1].feedback} becomes {@code option-1-feedback}, {@code choices} stays {@code choices}. Empty
     * when the problem is elsewhere in the module.
     */
    public static Optional<String> fieldIn(String slug, ModuleProblem problem, String path, String item) {
        if (!problem.file().equals(slug + "/" + path) && !problem.file().equals(path)) {
            return Optional.empty();
        }
        return problem.field().filter(f -> f.startsWith(item + ".")).map(f -> f.substring(item.length() + 1)
                .replaceAll("s\\[(\\d+)]$", "-$1-text")
                .replaceAll("s\\[(\\d+)]\\.", "-$1-"));
    }

    /** A field id as a trainer reads it: {@code option-1-feedback} is "Option 2 feedback". */
    public static String label(String field, Map<String, String> labels) {
        if (labels.containsKey(field)) {
            return labels.get(field);
        }
        var words = new ArrayList<String>();
        for (var word : field.split("-")) {
            words.add(word.matches("[0-9]+") ? String.valueOf(Integer.parseInt(word) + 1) : word);
        }
        var text = String.join(" ", words);
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /**
     * The problem as an error on the form being saved: on its text box when the problem is in the file being
     * edited, else saying which other part the change breaks (such as a lesson citing a reference just removed).
     */
    public static FieldError error(String slug, ModuleProblem problem, String editedPath) {
        var file = problem.file().startsWith(slug + "/") ? problem.file().substring(slug.length() + 1) : problem.file();
        if (file.equals(editedPath)) {
            var line = problem.line().isPresent() ? "Line " + problem.line().getAsInt() + ": " : "";
            var field = problem.field().map(f -> "field '" + f + "' ").orElse("");
            return new FieldError("content", line + field + problem.problem());
        }
        return new FieldError("content", "This change makes another part invalid: " + problem.getMessage());
    }
}
