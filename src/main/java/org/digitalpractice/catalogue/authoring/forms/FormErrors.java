package org.digitalpractice.catalogue.authoring.forms;

import org.digitalpractice.catalogue.authoring.DraftCheck;

import java.util.ArrayList;
import java.util.List;

/**
 * Every error of one form, found in one save and in the order its fields appear, in the words GOV.UK's error
 * messages use ("Enter the question", "Summary must be 300 characters or fewer"). A form is checked this way before
 * the module reader sees it, so that a trainer fixes everything at once and never reads the reader's YAML words.
 */
final class FormErrors {

    private final List<DraftCheck.FieldError> errors = new ArrayList<>();

    /** Text that must be given and has a limit; {@code name} starts the too-long message, {@code missing} is whole. */
    FormErrors text(String field, String value, int limit, String name, String missing) {
        if (value.isBlank()) {
            add(field, missing);
        } else {
            atMost(field, value, limit, name);
        }
        return this;
    }

    FormErrors atMost(String field, String value, int limit, String name) {
        if (value.length() > limit) {
            add(field, name + " must be " + String.format("%,d", limit) + " characters or fewer");
        }
        return this;
    }

    FormErrors add(String field, String message) {
        errors.add(new DraftCheck.FieldError(field, message));
        return this;
    }

    boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    List<DraftCheck.FieldError> list() {
        return List.copyOf(errors);
    }

    /** Refuses the save with every error found; nothing is stored. */
    void stopIfAny() {
        if (!errors.isEmpty()) {
            throw new DraftCheck.Invalid(errors);
        }
    }
}
