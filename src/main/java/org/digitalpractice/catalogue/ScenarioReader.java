package org.digitalpractice.catalogue;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code scenario.yaml} and checks that its steps form a tree-like story without loops or dead ends. */
final class ScenarioReader {

    private static final int MIN_BEST_PATH = 3;

    /** A step as read, keeping the YAML nodes that problems found later must point to. */
    private record ReadStep(ScenarioStep step, YamlNode id, List<YamlNode> nexts) {
    }

    private final Set<String> referenceIds;
    private final Map<String, ReadStep> steps = new LinkedHashMap<>();

    private ScenarioReader(Set<String> referenceIds) {
        this.referenceIds = referenceIds;
    }

    static Scenario read(YamlNode root, Set<String> referenceIds) {
        return new ScenarioReader(referenceIds).read(root);
    }

    private Scenario read(YamlNode root) {
        root.onlyFields("title", "introduction", "start", "steps", "conclusion");
        var title = root.field("title").text();
        var introduction = markdown(root.field("introduction"));
        var start = root.field("start");
        var stepList = root.field("steps").items();
        if (stepList.isEmpty()) {
            throw root.field("steps").problem("is empty; a scenario needs steps");
        }
        stepList.forEach(this::readStep);
        var conclusion = markdown(root.field("conclusion"));
        if (!steps.containsKey(start.text())) {
            throw start.problem("names step '" + start.text() + "', which does not exist");
        }
        checkNextSteps();
        checkNoLoops(start.text(), new HashSet<>(), new HashSet<>());
        checkAllReachable(start.text());
        var scenario = new Scenario(title, introduction, start.text(),
                steps.values().stream().map(ReadStep::step).toList(), conclusion);
        var bestPath = scenario.bestPath();
        if (bestPath.size() < MIN_BEST_PATH) {
            throw ModuleProblem.inFile(root.file(), "the path of best choices passes " + bestPath.size()
                    + " steps; a scenario needs at least " + MIN_BEST_PATH);
        }
        return scenario;
    }

    private void readStep(YamlNode node) {
        node.onlyFields("id", "situation", "choices");
        var id = node.field("id");
        if (steps.containsKey(id.text())) {
            throw id.problem("repeats step id '" + id.text() + "'");
        }
        var situation = markdown(node.field("situation"));
        var choiceNodes = node.field("choices").items();
        var choices = new ArrayList<ScenarioChoice>();
        var nexts = new ArrayList<YamlNode>();
        for (var choice : choiceNodes) {
            choice.onlyFields("text", "best", "feedback", "consequence", "next");
            var next = choice.field("next");
            choices.add(new ScenarioChoice(
                    choice.field("text").text(),
                    choice.optionalField("best").map(YamlNode::flag).orElse(false),
                    choice.field("feedback").text(),
                    choice.field("consequence").text(),
                    next.text()));
            nexts.add(next);
        }
        if (choices.size() < 2) {
            throw node.field("choices").problem("has " + choices.size() + " choice(s); every step needs at least 2");
        }
        var best = choices.stream().filter(ScenarioChoice::best).count();
        if (best != 1) {
            throw node.field("choices").problem((best == 0 ? "has no best choice" : "has " + best + " best choices")
                    + "; mark exactly one with 'best: true'");
        }
        steps.put(id.text(), new ReadStep(new ScenarioStep(id.text(), situation, List.copyOf(choices)), id, nexts));
    }

    private void checkNextSteps() {
        for (var step : steps.values()) {
            for (var next : step.nexts()) {
                if (!ScenarioChoice.END.equals(next.text()) && !steps.containsKey(next.text())) {
                    throw next.problem("names step '" + next.text() + "', which does not exist; use a step id or '"
                            + ScenarioChoice.END + "'");
                }
            }
        }
    }

    /** Depth-first; a choice leading to a step still on the current path closes a loop. */
    private void checkNoLoops(String id, Set<String> onPath, Set<String> done) {
        onPath.add(id);
        for (var next : steps.get(id).nexts()) {
            var target = next.text();
            if (onPath.contains(target)) {
                throw next.problem("leads back to step '" + target + "', which makes a loop");
            }
            if (!ScenarioChoice.END.equals(target) && !done.contains(target)) {
                checkNoLoops(target, onPath, done);
            }
        }
        onPath.remove(id);
        done.add(id);
    }

    private void checkAllReachable(String start) {
        var reached = new HashSet<String>();
        var toVisit = new ArrayList<>(List.of(start));
        while (!toVisit.isEmpty()) {
            var id = toVisit.remove(toVisit.size() - 1);
            if (!ScenarioChoice.END.equals(id) && reached.add(id)) {
                steps.get(id).step().choices().forEach(choice -> toVisit.add(choice.next()));
            }
        }
        for (var step : steps.values()) {
            if (!reached.contains(step.step().id())) {
                throw step.id().problem("names step '" + step.step().id()
                        + "', which no choice leads to from the start step '" + start + "'");
            }
        }
    }

    private String markdown(YamlNode node) {
        node.text();
        // The raw value, not the stripped text, so that Markdown lines match file lines.
        var document = Markdown.parse(((ScalarNode) node.node()).getValue());
        Markdown.firstFlaw(document, referenceIds).ifPresent(flaw -> {
            throw new ModuleProblem(node.file(), yamlLine(node, flaw.line()), node.field(), "has " + flaw.description());
        });
        return Markdown.html(document);
    }

    /** Lines of a literal block ({@code |}) map one to one onto the file; other styles start on the key's line. */
    private static int yamlLine(YamlNode node, int markdownLine) {
        var literal = node.node() instanceof ScalarNode scalar
                && scalar.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL;
        return literal ? node.line() + markdownLine : node.line();
    }
}
