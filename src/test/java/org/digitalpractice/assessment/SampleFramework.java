package org.digitalpractice.assessment;

import org.digitalpractice.assessment.framework.Framework;
import org.digitalpractice.assessment.framework.Rating;
import org.digitalpractice.catalogue.PcfDomain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small framework for scoring tests: areas A to D, each with statements X1 to X3 and one to three scenarios. */
final class SampleFramework {

    static final Framework FRAMEWORK = new Framework("Sample", "<p>Intro</p>", List.of(
            area("A", 3, 1), area("B", 3, 2), area("C", 2, 1), area("D", 3, 3)),
            List.of(new Framework.PracticeQuestion("use", "How?", "Select all that apply.",
                    List.of(new Framework.PracticeOption("email", "Email"), new Framework.PracticeOption("video", "Video")),
                    Optional.of("Anything else"))),
            List.of());

    private SampleFramework() {
    }

    private static Framework.Domain area(String code, int statements, int scenarios) {
        var items = new java.util.ArrayList<Framework.Statement>();
        for (int i = 1; i <= statements; i++) {
            items.add(new Framework.Statement(code + i, "Statement " + code + i, "ref",
                    List.of(PcfDomain.PROFESSIONALISM, PcfDomain.numbered(i + 1).orElseThrow())));
        }
        var situations = new java.util.ArrayList<Framework.Scenario>();
        for (int i = 1; i <= scenarios; i++) {
            // The second option is always the right one.
            situations.add(new Framework.Scenario(code + "-s" + i, "What should you do?", List.of(
                    new Framework.ScenarioOption("Wrong", false, "No."),
                    new Framework.ScenarioOption("Right", true, "Yes."),
                    new Framework.ScenarioOption("Also wrong", false, "No."))));
        }
        return new Framework.Domain(code, "Area " + code, "About " + code, List.of("module-" + code.toLowerCase()),
                List.copyOf(items), List.copyOf(situations));
    }

    /** Answers with every statement of an area rated as given ("0".."3" or "na"), and every scenario right. */
    static Builder answers() {
        return new Builder();
    }

    static final class Builder {
        private final Map<String, Rating> ratings = new HashMap<>();
        private final Map<String, Integer> choices = new HashMap<>();

        Builder area(String code, String... values) {
            for (int i = 0; i < values.length; i++) {
                ratings.put(code + (i + 1), Rating.of(values[i]).orElseThrow());
            }
            FRAMEWORK.domain(code).orElseThrow().scenarios().forEach(s -> choices.putIfAbsent(s.id(), 1));
            return this;
        }

        Builder wrong(String scenarioId) {
            choices.put(scenarioId, 0);
            return this;
        }

        Answers build() {
            return new Answers(ratings, choices, Map.of());
        }

        Profile profile() {
            return Profile.of(FRAMEWORK, build());
        }
    }
}
