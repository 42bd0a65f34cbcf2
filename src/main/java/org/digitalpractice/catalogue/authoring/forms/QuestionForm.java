package org.digitalpractice.catalogue.authoring.forms;

import jakarta.ws.rs.core.MultivaluedMap;
import org.digitalpractice.catalogue.authoring.Limits;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One knowledge-check question as its form shows it: text, type and options, each option with its text, whether it
 * is correct and its feedback. Fields are named {@code text}, {@code type}, {@code option-0-text},
 * {@code option-0-correct}, {@code option-0-feedback}, so that the reader's {@code questions[2].options[0].feedback}
 * maps onto a field.
 */
public record QuestionForm(String id, String type, String text, List<Option> options) {

    public record Option(String text, boolean correct, String feedback) {
        static final Option EMPTY = new Option("", false, "");
    }

    /** Beyond this, a question tests reading more than judgement. */
    static final int MAX_OPTIONS = 8;

    public QuestionForm {
        options = List.copyOf(options);
    }

    /** A new question: single answer, with two empty options to fill in. */
    static QuestionForm empty(String id) {
        return new QuestionForm(id, "single", "", List.of(Option.EMPTY, Option.EMPTY));
    }

    static QuestionForm of(Map<String, Object> yaml) {
        return new QuestionForm(FormText.text(yaml.get("id")), FormText.text(yaml.get("type")),
                FormText.text(yaml.get("text")), FormText.items(yaml.get("options")).stream()
                .map(o -> new Option(FormText.text(o.get("text")), FormText.flag(o.get("correct")),
                        FormText.text(o.get("feedback")))).toList());
    }

    static QuestionForm of(String id, MultivaluedMap<String, String> form) {
        var options = new ArrayList<Option>();
        for (int i = 0, rows = FormText.rows(form, "option"); i < rows; i++) {
            options.add(new Option(FormText.field(form, "option-" + i + "-text"),
                    FormText.checked(form, "option-" + i + "-correct"), FormText.field(form, "option-" + i + "-feedback")));
        }
        return new QuestionForm(id, FormText.field(form, "type"), FormText.field(form, "text"), options);
    }

    QuestionForm withOption() {
        var more = new ArrayList<>(options);
        more.add(Option.EMPTY);
        return new QuestionForm(id, type, text, more);
    }

    QuestionForm withoutOption(int index) {
        var fewer = new ArrayList<>(options);
        fewer.remove(index);
        return new QuestionForm(id, type, text, fewer);
    }

    /** Every error a trainer can fix in this form, in the order of its fields. */
    FormErrors errors() {
        var errors = new FormErrors().text("text", text, Limits.QUESTION, "The question", "Enter the question");
        if (!List.of("single", "multiple").contains(type)) {
            errors.add("type", "Choose the type of question");
        }
        if (options.size() < 2) {
            errors.add("options", "Give at least 2 options");
        } else if (options.size() > MAX_OPTIONS) {
            errors.add("options", "Give no more than " + MAX_OPTIONS + " options");
        }
        var correct = options.stream().filter(Option::correct).count();
        if (correct == 0 && options.size() >= 2) {
            errors.add("options", multiple() ? "Tick each option that is correct" : "Tick the option that is correct");
        } else if (correct > 1 && !multiple()) {
            errors.add("options", "Only one option can be correct in a question with one answer: untick all but one, "
                    + "or choose \"Choose all that apply\"");
        }
        for (int i = 0; i < options.size(); i++) {
            var option = options.get(i);
            var n = i + 1;
            errors.text("option-" + i + "-text", option.text(), Limits.OPTION, "Option " + n,
                    "Enter the text of option " + n);
            errors.text("option-" + i + "-feedback", option.feedback(), Limits.OPTION_FEEDBACK,
                    "The feedback for option " + n, "Enter the feedback for option " + n);
        }
        return errors;
    }

    public boolean multiple() {
        return "multiple".equals(type);
    }

    Map<String, Object> toYaml() {
        var map = new LinkedHashMap<String, Object>();
        map.put("id", id);
        map.put("type", type);
        map.put("text", text);
        map.put("options", options.stream().map(option -> {
            var o = new LinkedHashMap<String, Object>();
            o.put("text", option.text());
            o.put("correct", option.correct());
            o.put("feedback", option.feedback());
            return o;
        }).toList());
        return map;
    }
}
