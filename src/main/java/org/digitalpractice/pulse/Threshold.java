package org.digitalpractice.pulse;

/**
 * The two rules every pulse figure goes through. A figure needs at least {@link #MINIMUM_PEOPLE} people behind it:
 * below that, someone who knows who answered could tell a person's answer from a count or a share. Other councils'
 * figures appear only when at least {@link #MINIMUM_OTHER_COUNCILS} other councils each have that many responses,
 * pooled, so that no one council's figures can be read from them, even on an installation of few councils.
 */
public final class Threshold {

    public static final int MINIMUM_PEOPLE = 5;
    public static final int MINIMUM_OTHER_COUNCILS = 3;

    private Threshold() {
    }

    public static boolean enough(int people) {
        return people >= MINIMUM_PEOPLE;
    }

    /** Whether this many other councils, each with enough responses, may be shown together. */
    public static boolean enoughOtherCouncils(int councilsWithEnough) {
        return councilsWithEnough >= MINIMUM_OTHER_COUNCILS;
    }
}
