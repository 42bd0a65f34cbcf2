package org.digitalpractice.assessment;

import org.digitalpractice.assessment.framework.Framework;
import org.digitalpractice.assessment.framework.Rating;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a learner has answered so far in one attempt: a rating per statement code, the option chosen per scenario
 * id, and their "your practice" answers per question id.
 */
public record Answers(Map<String, Rating> ratings, Map<String, Integer> scenarioChoices,
                      Map<String, PracticeChoice> practice) {

    /** The options ticked for one "your practice" question, by id, and any words of the learner's own. */
    public record PracticeChoice(List<String> optionIds, Optional<String> other) {
    }

    public Answers {
        ratings = Map.copyOf(ratings);
        scenarioChoices = Map.copyOf(scenarioChoices);
        practice = Map.copyOf(practice);
    }

    public static Answers none() {
        return new Answers(Map.of(), Map.of(), Map.of());
    }

    public Optional<Rating> rating(String statementCode) {
        return Optional.ofNullable(ratings.get(statementCode));
    }

    public Optional<Integer> choice(String scenarioId) {
        return Optional.ofNullable(scenarioChoices.get(scenarioId));
    }

    public Optional<PracticeChoice> practice(String questionId) {
        return Optional.ofNullable(practice.get(questionId));
    }

    /** Statement codes and scenario ids of one area still without an answer, in the order the page shows them. */
    public List<String> missingIn(Framework.Domain area) {
        var missing = new ArrayList<String>();
        area.statements().stream().map(Framework.Statement::code).filter(c -> !ratings.containsKey(c))
                .forEach(missing::add);
        area.scenarios().stream().map(Framework.Scenario::id).filter(id -> !scenarioChoices.containsKey(id))
                .forEach(missing::add);
        return missing;
    }

    /** The first area with something still to answer. "Your practice" is optional, so it is never missing. */
    public Optional<Framework.Domain> firstIncompleteArea(Framework framework) {
        return framework.domains().stream().filter(area -> !missingIn(area).isEmpty()).findFirst();
    }

    /** These answers with {@code later} laid over them: an answer given again replaces the earlier one. */
    public Answers and(Answers later) {
        var r = new LinkedHashMap<>(ratings);
        r.putAll(later.ratings);
        var s = new LinkedHashMap<>(scenarioChoices);
        s.putAll(later.scenarioChoices);
        var p = new LinkedHashMap<>(practice);
        p.putAll(later.practice);
        return new Answers(r, s, p);
    }
}
