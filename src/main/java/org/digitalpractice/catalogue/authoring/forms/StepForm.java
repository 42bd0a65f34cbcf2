package org.digitalpractice.catalogue.authoring.forms;

import jakarta.ws.rs.core.MultivaluedMap;
import org.digitalpractice.catalogue.ScenarioChoice;
import org.digitalpractice.catalogue.authoring.Limits;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scenario step as its form shows it: its id, the situation (Markdown) and its choices, each with text, whether
 * it is the best choice, feedback, consequence and the step it leads to. Fields are named {@code id},
 * {@code situation}, {@code choice-0-text}, {@code choice-0-best}..., so that the reader's
 * {@code steps[1].choices[0].next} maps onto a field.
 */
public record StepForm(String id, String situation, List<Choice> choices) {

    public record Choice(String text, boolean best, String feedback, String consequence, String next) {
        static final Choice EMPTY = new Choice("", false, "", "", "");
    }

    /** More choices than this is a list to read, not a decision. */
    static final int MAX_CHOICES = 6;
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    public StepForm {
        choices = List.copyOf(choices);
    }

    /** A new step: two empty choices to fill in. */
    static final StepForm EMPTY = new StepForm("", "", List.of(Choice.EMPTY, Choice.EMPTY));

    static StepForm of(Map<String, Object> yaml) {
        return new StepForm(FormText.text(yaml.get("id")), FormText.text(yaml.get("situation")),
                FormText.items(yaml.get("choices")).stream().map(c -> new Choice(FormText.text(c.get("text")),
                        FormText.flag(c.get("best")), FormText.text(c.get("feedback")),
                        FormText.text(c.get("consequence")), FormText.text(c.get("next")))).toList());
    }

    static StepForm of(MultivaluedMap<String, String> form) {
        var choices = new ArrayList<Choice>();
        for (int i = 0, rows = FormText.rows(form, "choice"); i < rows; i++) {
            var c = "choice-" + i + "-";
            choices.add(new Choice(FormText.field(form, c + "text"), FormText.checked(form, c + "best"),
                    FormText.field(form, c + "feedback"), FormText.field(form, c + "consequence"),
                    FormText.field(form, c + "next")));
        }
        return new StepForm(FormText.field(form, "id"), FormText.field(form, "situation"), choices);
    }

    /** Every error a trainer can fix in this form; {@code others} are the ids of the scenario's other steps. */
    FormErrors errors(List<String> others) {
        var errors = new FormErrors().text("id", id, Limits.STEP_ID, "The step id", "Enter a step id");
        if (!id.isBlank() && !errors.has("id")) {
            if (!ID.matcher(id).matches()) {
                errors.add("id", "The step id must be lower-case letters, digits and hyphens, such as home-visit");
            } else if (others.contains(id)) {
                errors.add("id", "Another step is already called " + id + ": give this step an id of its own");
            } else if (ScenarioChoice.END.equals(id)) {
                errors.add("id", "A step cannot be called " + id + ", which is how a choice ends the scenario");
            }
        }
        errors.text("situation", situation, Limits.SITUATION, "The situation", "Enter the situation");
        if (choices.size() < 2) {
            errors.add("choices", "Give at least 2 choices");
        } else if (choices.size() > MAX_CHOICES) {
            errors.add("choices", "Give no more than " + MAX_CHOICES + " choices");
        }
        var best = choices.stream().filter(Choice::best).count();
        if (best == 0 && choices.size() >= 2) {
            errors.add("choices", "Tick the choice that is best");
        } else if (best > 1) {
            errors.add("choices", "Only one choice can be the best: untick all but one");
        }
        for (int i = 0; i < choices.size(); i++) {
            var choice = choices.get(i);
            var n = i + 1;
            var p = "choice-" + i + "-";
            errors.text(p + "text", choice.text(), Limits.CHOICE, "Choice " + n,
                    "Enter what the learner could do in choice " + n);
            errors.text(p + "feedback", choice.feedback(), Limits.CHOICE_FEEDBACK, "The feedback for choice " + n,
                    "Enter the feedback for choice " + n);
            errors.text(p + "consequence", choice.consequence(), Limits.CONSEQUENCE, "The consequence of choice " + n,
                    "Enter the consequence of choice " + n);
            if (choice.next().isBlank()) {
                errors.add(p + "next", "Choose where choice " + n + " leads");
            }
        }
        return errors;
    }

    StepForm withChoice() {
        var more = new ArrayList<>(choices);
        more.add(Choice.EMPTY);
        return new StepForm(id, situation, more);
    }

    StepForm withoutChoice(int index) {
        var fewer = new ArrayList<>(choices);
        fewer.remove(index);
        return new StepForm(id, situation, fewer);
    }

    /** The same step with every choice that led to {@code from} leading to {@code to}. */
    StepForm leadingTo(String from, String to) {
        return new StepForm(id, situation, choices.stream().map(c -> c.next().equals(from)
                ? new Choice(c.text(), c.best(), c.feedback(), c.consequence(), to) : c).toList());
    }

    /** The situation's first words, for the list of steps. */
    public String opening() {
        var line = situation.lines().findFirst().orElse("");
        if (line.length() <= 140) {
            return line;
        }
        var cut = line.lastIndexOf(' ', 140);
        return line.substring(0, cut > 0 ? cut : 140) + "…";
    }

    Map<String, Object> toYaml() {
        var map = new LinkedHashMap<String, Object>();
        map.put("id", id);
        map.put("situation", situation);
        map.put("choices", choices.stream().map(choice -> {
            var c = new LinkedHashMap<String, Object>();
            c.put("text", choice.text());
            if (choice.best()) {
                c.put("best", true);
            }
            c.put("feedback", choice.feedback());
            c.put("consequence", choice.consequence());
            c.put("next", choice.next());
            return c;
        }).toList());
        return map;
    }
}
