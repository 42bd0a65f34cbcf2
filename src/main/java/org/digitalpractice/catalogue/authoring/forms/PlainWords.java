package org.digitalpractice.catalogue.authoring.forms;

import org.digitalpractice.catalogue.ModuleProblem;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reader's problem that the forms could not find field by field (a loop through the scenario, a step no choice
 * reaches, too few questions), said in a trainer's words rather than the YAML's: a form never shows "best: true" or a
 * field path. Problems with no plain version keep the reader's words, with the part they are in.
 */
final class PlainWords {

    private record Rule(Pattern problem, Function<Matcher, String> words) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("leads back to step '(.+)', which makes a loop"), m -> "A choice leads back to step "
                    + m.group(1) + ", which makes a loop: each choice must lead to a later step or end the scenario"),
            new Rule(Pattern.compile("names step '(.+)', which no choice leads to from the start step '(.+)'"),
                    m -> "No choice leads to step " + m.group(1) + " from the start step (" + m.group(2) + "): make a "
                            + "choice lead to it, or remove it"),
            new Rule(Pattern.compile("names step '(.+)', which does not exist.*"), m -> "A choice leads to step "
                    + m.group(1) + ", which does not exist: choose another step, or the end of the scenario"),
            new Rule(Pattern.compile("the path of best choices passes (\\d+) steps; a scenario needs at least (\\d+)"),
                    m -> "Taking the best choice at every step passes only " + m.group(1) + " steps: a scenario needs "
                            + "at least " + m.group(2) + ", so add a step or make a best choice lead to a further step"),
            new Rule(Pattern.compile("has (\\d+) questions; a knowledge check needs (\\d+) to (\\d+)"),
                    m -> "A knowledge check needs " + m.group(2) + " to " + m.group(3) + " questions; this change "
                            + "leaves " + m.group(1)),
            new Rule(Pattern.compile("is empty; a scenario needs steps"), m -> "A scenario needs steps"),
            new Rule(Pattern.compile("has no best choice.*"), m -> "Tick the choice that is best"),
            new Rule(Pattern.compile("has (\\d+) best choices.*"), m -> "Only one choice can be the best"),
            new Rule(Pattern.compile("has no correct option.*"), m -> "Tick the option that is correct"),
            new Rule(Pattern.compile("has (\\d+) correct options; a single question.*"),
                    m -> "Only one option can be correct in a question with one answer"),
            new Rule(Pattern.compile("has (\\d+) (?:option|choice)\\(s\\); .*"), m -> "Give at least 2"),
            new Rule(Pattern.compile("names no reference in module.yaml"), m -> "A link names a reference the module "
                    + "does not have: add the reference in the details, or change the link"));

    private PlainWords() {
    }

    static String of(String slug, ModuleProblem problem) {
        var plain = find(problem);
        if (plain.isPresent()) {
            return plain.get();
        }
        var file = problem.file().startsWith(slug + "/") ? problem.file().substring(slug.length() + 1) : problem.file();
        return "This change makes " + part(file) + " invalid: " + problem.problem();
    }

    /** The plain version of a problem, if it has one. */
    static java.util.Optional<String> find(ModuleProblem problem) {
        for (var rule : RULES) {
            var matcher = rule.problem().matcher(problem.problem());
            if (matcher.find()) {
                return java.util.Optional.of(rule.words().apply(matcher));
            }
        }
        return java.util.Optional.empty();
    }

    /** A file as a trainer knows it: the part of the module it holds. */
    static String part(String file) {
        return switch (file) {
            case "module.yaml" -> "the details";
            case "scenario.yaml" -> "the practice scenario";
            case "check.yaml" -> "the knowledge check";
            default -> file.startsWith("lessons/") ? "lesson " + file.substring("lessons/".length()) : file;
        };
    }
}
