package org.digitalpractice.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** A branching practice scenario. The reader guarantees that every step is reachable and that there are no loops. */
public record Scenario(String title, String introductionHtml, String start, List<ScenarioStep> steps,
                       String conclusionHtml) {

    public Optional<ScenarioStep> step(String id) {
        return steps.stream().filter(step -> step.id().equals(id)).findFirst();
    }

    /** The steps a learner passes who always makes the best choice. */
    public List<ScenarioStep> bestPath() {
        var path = new ArrayList<ScenarioStep>();
        var seen = new HashSet<String>();
        var current = step(start);
        while (current.isPresent() && seen.add(current.get().id())) {
            path.add(current.get());
            current = step(current.get().bestChoice().next());
        }
        return List.copyOf(path);
    }
}
