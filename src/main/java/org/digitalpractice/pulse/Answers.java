package org.digitalpractice.pulse;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one person chose: the option ids of each question, and their own words for a question whose chosen option
 * takes them (at most one option of a question does, so the words are kept per question).
 */
public record Answers(Map<String, List<String>> chosen, Map<String, String> freeText) {

    public Answers {
        chosen = Map.copyOf(chosen);
        freeText = Map.copyOf(freeText);
    }

    public static Answers none() {
        return new Answers(Map.of(), Map.of());
    }

    public List<String> chosen(String questionId) {
        return chosen.getOrDefault(questionId, List.of());
    }

    public boolean chose(String questionId, String optionId) {
        return chosen(questionId).contains(optionId);
    }

    public Optional<String> freeText(String questionId) {
        return Optional.ofNullable(freeText.get(questionId));
    }
}
