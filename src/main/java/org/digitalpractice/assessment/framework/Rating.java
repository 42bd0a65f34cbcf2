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

    /**
     * The level a mean rating has reached: the highest whose point the mean, as shown to one decimal place, is at
     * or above. The one definition of the bands, for learners' profiles and leads' pictures alike:
     * <ul>
     *     <li>Not yet: 0.0 to 0.9</li>
     *     <li>Aware: 1.0 to 1.9</li>
     *     <li>Practising: 2.0 to 2.9</li>
     *     <li>Leading: 3.0</li>
     * </ul>
     * A mean is never labelled a level it has not reached: 1.8 reads as Aware, where rounding to the nearest level
     * called it Practising. It is read as shown, so that 1.96, shown as 2.0, is Practising, as its number says.
     */
    public static Rating reached(double mean) {
        var shown = Math.round(mean * 10) / 10.0;
        var points = (int) Math.floor(shown + 1e-9);
        return values()[Math.max(0, Math.min(MAXIMUM, points))];
    }

    /** The bands in words, from the same points: "Not yet below 1.0, Aware from 1.0, …, and Leading at 3.0". */
    public static String bands() {
        var words = new StringBuilder(NOT_YET.label + " below 1.0");
        for (int points = 1; points <= MAXIMUM; points++) {
            words.append(points == MAXIMUM ? ", and " : ", ").append(values()[points].label)
                    .append(points == MAXIMUM ? " at " : " from ").append(points).append(".0");
        }
        return words.toString();
    }
}
