package org.digitalpractice.insight.capability;

/**
 * The fewest people an aggregate may describe. Below it, a lead who knows who took part could tell someone's answers
 * from a count or a mean, so nothing is shown. Every aggregate on the capability pages goes through this one rule:
 * the whole picture, each area, each point of the trend and each "your practice" question.
 */
public final class Threshold {

    public static final int MINIMUM_PEOPLE = 5;

    private Threshold() {
    }

    public static boolean enough(int people) {
        return people >= MINIMUM_PEOPLE;
    }
}
