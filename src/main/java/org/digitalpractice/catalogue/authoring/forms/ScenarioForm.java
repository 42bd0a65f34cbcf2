package org.digitalpractice.catalogue.authoring.forms;

import org.digitalpractice.catalogue.authoring.ContentYaml;

import org.digitalpractice.catalogue.authoring.Limits;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * A draft's {@code scenario.yaml} as forms: the title, introduction, start step and conclusion, and the steps. A step
 * renamed in its form is renamed where choices and the start name it, so a rename never breaks the story.
 */
public record ScenarioForm(String title, String introduction, String start, String conclusion, List<StepForm> steps) {

    public ScenarioForm {
        steps = List.copyOf(steps);
    }

    static ScenarioForm of(String scenarioYaml) {
        var yaml = FormText.load(scenarioYaml);
        return new ScenarioForm(FormText.text(yaml.get("title")), FormText.text(yaml.get("introduction")),
                FormText.text(yaml.get("start")), FormText.text(yaml.get("conclusion")),
                FormText.items(yaml.get("steps")).stream().map(StepForm::of).toList());
    }

    ScenarioForm withOverview(String title, String introduction, String start, String conclusion) {
        return new ScenarioForm(title, introduction, start, conclusion, steps);
    }

    /**
     * The step at {@code index} replaced, or a new step added when {@code index} is the number of steps. A new step
     * is reached through {@code from}, a choice of another step ("2-1": step 2's choice 1, counted from 0).
     */
    ScenarioForm with(int index, StepForm step, Optional<String> from) {
        var changed = new ArrayList<>(steps);
        var newStart = start;
        if (index == steps.size()) {
            changed.add(step);
            from.flatMap(ScenarioForm::choiceAt).filter(at -> at[0] < steps.size()
                    && at[1] < steps.get(at[0]).choices().size()).ifPresent(at -> {
                var source = changed.get(at[0]);
                var choices = new ArrayList<>(source.choices());
                var choice = choices.get(at[1]);
                choices.set(at[1], new StepForm.Choice(choice.text(), choice.best(), choice.feedback(),
                        choice.consequence(), step.id()));
                changed.set(at[0], new StepForm(source.id(), source.situation(), choices));
            });
        } else {
            var old = steps.get(index).id();
            changed.set(index, step);
            if (!old.equals(step.id()) && !step.id().isBlank() && steps.stream().noneMatch(s -> s.id().equals(step.id()))) {
                changed.replaceAll(s -> s.leadingTo(old, step.id()));
                newStart = start.equals(old) ? step.id() : start;
            }
        }
        return new ScenarioForm(title, introduction, newStart, conclusion, changed);
    }

    ScenarioForm without(int index) {
        var changed = new ArrayList<>(steps);
        changed.remove(index);
        return new ScenarioForm(title, introduction, start, conclusion, changed);
    }

    /** Every error a trainer can fix in the overview form. */
    FormErrors overviewErrors() {
        var errors = new FormErrors()
                .text("title", title, Limits.SCENARIO_TITLE, "The title", "Enter the title of the scenario")
                .text("introduction", introduction, Limits.INTRODUCTION, "The introduction", "Enter the introduction");
        if (!ids().contains(start)) {
            errors.add("start", "Choose the step the learner sees first");
        }
        return errors.text("conclusion", conclusion, Limits.CONCLUSION, "The conclusion", "Enter the conclusion");
    }

    public List<String> ids() {
        return steps.stream().map(StepForm::id).toList();
    }

    private static Optional<int[]> choiceAt(String from) {
        if (!from.matches("[0-9]{1,3}-[0-9]{1,3}")) {
            return Optional.empty();
        }
        var parts = from.split("-");
        return Optional.of(new int[]{Integer.parseInt(parts[0]), Integer.parseInt(parts[1])});
    }

    String toYaml() {
        var map = new LinkedHashMap<String, Object>();
        map.put("title", title);
        map.put("introduction", introduction);
        map.put("start", start);
        map.put("steps", steps.stream().map(StepForm::toYaml).toList());
        map.put("conclusion", conclusion);
        return ContentYaml.dump(map);
    }
}
