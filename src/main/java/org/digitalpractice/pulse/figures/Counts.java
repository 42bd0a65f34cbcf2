package org.digitalpractice.pulse.figures;

import org.digitalpractice.pulse.Threshold;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The raw totals of a group of responses, as the database adds them up: how many people responded, how many
 * answered each question, and how many chose each option. Never one response. They go through {@link Figures},
 * which keeps back what {@link Threshold} does not allow, before anyone sees them.
 */
record Counts(int respondents, Map<String, Integer> answered, Map<String, Integer> chosen) {

    static final Counts NONE = new Counts(0, Map.of(), Map.of());

    Counts {
        answered = Map.copyOf(answered);
        chosen = Map.copyOf(chosen);
    }

    int answered(String questionId) {
        return answered.getOrDefault(questionId, 0);
    }

    int chosen(String questionId, String optionId) {
        return chosen.getOrDefault(key(questionId, optionId), 0);
    }

    /** Ids are kebab-case, so a space cannot be part of one. */
    static String key(String questionId, String optionId) {
        return questionId + " " + optionId;
    }

    static Counts sum(Collection<Counts> groups) {
        int respondents = 0;
        var answered = new HashMap<String, Integer>();
        var chosen = new HashMap<String, Integer>();
        for (var group : groups) {
            respondents += group.respondents();
            group.answered().forEach((k, v) -> answered.merge(k, v, Integer::sum));
            group.chosen().forEach((k, v) -> chosen.merge(k, v, Integer::sum));
        }
        return new Counts(respondents, answered, chosen);
    }
}
