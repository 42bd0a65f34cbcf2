package org.digitalpractice.assessment.framework;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The fixed rating scale, after NES's three levels plus "not yet at level 1". The framework file lists it for its
 * readers only: the tool's scoring depends on these values, so they are not content.
 */
public enum Rating {
    NOT_YET("0", "Not yet", "I do not do this yet, or I am not sure what it means."),
    AWARE("1", "Aware", "I know about this and why it matters, but I do not do it often or with confidence."),
    PRACTISING("2", "Practising", "I do this as a normal part of my work."),
    LEADING("3", "Leading",
            "I do this with confidence and help others do it too, such as colleagues, students or carers."),
    NOT_APPLICABLE("na", "Not applicable", "This does not apply to my role.");

    /** The highest point of the scale, for means and percentages. */
    public static final int MAXIMUM = 3;

    private final String value;
    private final String label;
    private final String description;

    Rating(String value, String label, String description) {
        this.value = value;
        this.label = label;
        this.description = description;
    }

    /** The value as forms send it and the database keeps it: "0" to "3", or "na". */
    public String value() {
        return value;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The point on the scale, or empty for Not applicable, which never counts in a mean. */
    public OptionalInt points() {
        return this == NOT_APPLICABLE ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(value));
    }

    public static Optional<Rating> of(String value) {
        return Arrays.stream(values()).filter(r -> r.value.equals(value)).findFirst();
    }

    /** The level nearest to a mean rating, halves rounding up: a mean of 2.5 reads as Leading. */
    public static Rating nearest(double mean) {
        var points = (int) Math.floor(mean + 0.5);
        return values()[Math.max(0, Math.min(MAXIMUM, points))];
    }
}
