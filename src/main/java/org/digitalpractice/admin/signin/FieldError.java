package org.digitalpractice.admin.signin;

import org.digitalpractice.web.ErrorLink;

/** A problem with one field of a console form, for the error summary and the field's own message. */
public record FieldError(String field, String message) implements ErrorLink {

    @Override
    public String href() {
        return "#" + field;
    }

    /** The message for one field, if the list has one. */
    public static String of(java.util.List<FieldError> errors, String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
    }
}
