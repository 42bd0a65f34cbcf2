package org.digitalpractice.pulse;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

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

    /**
     * The other councils' counts pooled, or empty when too few councils have enough responses. Only the councils
     * with enough are pooled: a council of two responses is left out rather than hidden inside the others.
     */
    static Optional<Counts> otherCouncils(Collection<Counts> perCouncil) {
        List<Counts> enough = perCouncil.stream().filter(c -> enough(c.respondents())).toList();
        return enough.size() >= MINIMUM_OTHER_COUNCILS ? Optional.of(Counts.sum(enough)) : Optional.empty();
    }
}
