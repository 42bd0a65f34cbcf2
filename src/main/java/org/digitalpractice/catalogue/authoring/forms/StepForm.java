package org.digitalpractice.catalogue.authoring.forms;

import jakarta.ws.rs.core.MultivaluedMap;

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
