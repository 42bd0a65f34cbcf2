package org.digitalpractice.catalogue;

import java.util.List;

/** A decision point in a scenario: the situation now, and the choices. */
public record ScenarioStep(String id, String situationHtml, List<ScenarioChoice> choices) {

    public ScenarioChoice bestChoice() {
        return choices.stream().filter(ScenarioChoice::best).findFirst().orElseThrow();
    }
}
