package org.digitalpractice.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/** Reads {@code check.yaml}: 6 to 10 questions, each with feedback on every option and a correct answer. */
final class CheckReader {

    private CheckReader() {
    }

    static KnowledgeCheck read(YamlNode root) {
        root.onlyFields("questions");
        var questionsNode = root.field("questions");
        var questions = new ArrayList<Question>();
        var ids = new HashSet<String>();
        for (var node : questionsNode.items()) {
            var question = question(node);
            if (!ids.add(question.id())) {
                throw node.field("id").problem("repeats question id '" + question.id() + "'");
            }
            questions.add(question);
        }
        if (questions.size() < 6 || questions.size() > 10) {
            throw questionsNode.problem("has " + questions.size() + " questions; a knowledge check needs 6 to 10");
        }
        return new KnowledgeCheck(List.copyOf(questions));
    }

    private static Question question(YamlNode node) {
        node.onlyFields("id", "type", "text", "options");
        var id = node.field("id").text();
        var type = type(node.field("type"));
        var text = node.field("text").text();
        var optionsNode = node.field("options");
        var options = optionsNode.items().stream().map(option -> {
            option.onlyFields("text", "correct", "feedback");
            return new AnswerOption(option.field("text").text(),
                    option.optionalField("correct").map(YamlNode::flag).orElse(false),
                    option.field("feedback").text());
        }).toList();
        if (options.size() < 2) {
            throw optionsNode.problem("has " + options.size() + " option(s); a question needs at least 2");
        }
        var correct = options.stream().filter(AnswerOption::correct).count();
        if (correct == 0) {
            throw optionsNode.problem("has no correct option; mark at least one with 'correct: true'");
        }
        if (type == Question.Type.SINGLE && correct > 1) {
            throw optionsNode.problem("has " + correct + " correct options; a single question needs exactly one "
                    + "(or make it type 'multiple')");
        }
        return new Question(id, type, text, options);
    }

    private static Question.Type type(YamlNode node) {
        return switch (node.text().toLowerCase(Locale.ROOT)) {
            case "single" -> Question.Type.SINGLE;
            case "multiple" -> Question.Type.MULTIPLE;
            default -> throw node.problem("must be single or multiple" + node.valueShown());
        };
    }
}
