package org.digitalpractice.catalogue.authoring.publishing;

import org.digitalpractice.catalogue.ModuleFiles;
import org.digitalpractice.catalogue.authoring.ContentYaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What publishing would change for new learners, part by part, against what they are offered now: details, lessons
 * (by title), the knowledge check (by question) and the scenario (by step), each item added, removed or changed
 * with a readable diff of its text.
 */
public record ModuleChanges(List<Part> parts) {

    public enum Status { ADDED, REMOVED, CHANGED }

    /** One item of a part that differs: a field, a lesson, a question, a step. */
    public record Item(String label, Status status, TextDiff diff) {
        public String statusLabel() {
            return switch (status) {
                case ADDED -> "Added";
                case REMOVED -> "Removed";
                case CHANGED -> "Changed";
            };
        }
    }

    public record Part(String name, List<Item> items) {
    }

    /** What an item reads as, for comparing and for the diff. */
    private record Text(String label, String text) {
    }

    private static final Map<String, String> DETAILS = Map.ofEntries(Map.entry("title", "Title"),
            Map.entry("summary", "Summary"), Map.entry("minutes", "Minutes to finish"),
            Map.entry("audience", "Who it is for"), Map.entry("pcf_domains", "PCF domains"),
            Map.entry("pass_mark", "Pass mark"), Map.entry("outcomes", "Learning outcomes"),
            Map.entry("reflection", "Reflection prompt"), Map.entry("references", "References"),
            Map.entry("reviewed", "Last checked against its sources"), Map.entry("review_due", "Next check due"));

    public boolean none() {
        return parts.stream().allMatch(p -> p.items().isEmpty());
    }

    /** The changes from {@code before} (empty when never published) to {@code after}. */
    public static ModuleChanges between(ModuleFiles before, ModuleFiles after) {
        return new ModuleChanges(List.of(
                part("Details", details(before), details(after)),
                part("Lessons", lessons(before), lessons(after)),
                part("Practice scenario", scenario(before), scenario(after)),
                part("Knowledge check", check(before), check(after))));
    }

    private static Part part(String name, Map<String, Text> before, Map<String, Text> after) {
        var items = new ArrayList<Item>();
        after.forEach((key, now) -> {
            var was = before.get(key);
            if (was == null) {
                items.add(new Item(now.label(), Status.ADDED, TextDiff.of("", now.text())));
            } else if (!was.text().equals(now.text())) {
                items.add(new Item(now.label(), Status.CHANGED, TextDiff.of(was.text(), now.text())));
            }
        });
        before.forEach((key, was) -> {
            if (!after.containsKey(key)) {
                items.add(new Item(was.label(), Status.REMOVED, TextDiff.of(was.text(), "")));
            }
        });
        return new Part(name, List.copyOf(items));
    }

    private static Map<String, Object> yaml(ModuleFiles files, String path) {
        return files.has(path) ? ContentYaml.load(files.text(path, path)) : Map.of();
    }

    private static Map<String, Text> details(ModuleFiles files) {
        var texts = new LinkedHashMap<String, Text>();
        yaml(files, "module.yaml").forEach((key, value) -> {
            var text = value instanceof List<?> list ? list.stream().map(ModuleChanges::line)
                    .collect(Collectors.joining("\n")) : line(value);
            texts.put(key, new Text(DETAILS.getOrDefault(key, key), text));
        });
        return texts;
    }

    /** A list item as one line: a reference's fields, an outcome, a domain. */
    private static String line(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return value instanceof java.util.Date date
                ? date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString() : String.valueOf(value);
    }

    private static Map<String, Text> lessons(ModuleFiles files) {
        var texts = new LinkedHashMap<String, Text>();
        for (var path : files.inFolder("lessons").stream().filter(p -> p.endsWith(".md")).toList()) {
            var markdown = files.text(path, path);
            var first = markdown.lines().findFirst().orElse("").replaceFirst("^#\\s*", "").strip();
            texts.put(path, new Text("Lesson: " + (first.isEmpty() ? path : first), markdown));
        }
        return texts;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Object list) {
        return list instanceof List<?> items ? items.stream().filter(Map.class::isInstance)
                .map(item -> (Map<String, Object>) item).toList() : List.of();
    }

    private static Map<String, Text> check(ModuleFiles files) {
        var texts = new LinkedHashMap<String, Text>();
        for (var question : items(yaml(files, "check.yaml").get("questions"))) {
            var lines = new ArrayList<String>();
            lines.add("Question: " + question.get("text"));
            var n = 0;
            for (var option : items(question.get("options"))) {
                n++;
                lines.add("Option " + n + (Boolean.TRUE.equals(option.get("correct")) ? " (correct): " : ": ")
                        + option.get("text"));
                lines.add("Feedback on option " + n + ": " + option.get("feedback"));
            }
            texts.put(String.valueOf(question.get("id")), new Text("Question: " + question.get("text"),
                    String.join("\n", lines)));
        }
        return texts;
    }

    private static Map<String, Text> scenario(ModuleFiles files) {
        var scenario = yaml(files, "scenario.yaml");
        var texts = new LinkedHashMap<String, Text>();
        for (var field : List.of("title", "introduction", "start", "conclusion")) {
            if (scenario.containsKey(field)) {
                var label = switch (field) {
                    case "title" -> "Title";
                    case "introduction" -> "Introduction";
                    case "start" -> "The step it starts at";
                    default -> "Conclusion";
                };
                texts.put(field, new Text(label, String.valueOf(scenario.get(field))));
            }
        }
        for (var step : items(scenario.get("steps"))) {
            var lines = new ArrayList<String>();
            lines.add(String.valueOf(step.get("situation")));
            var n = 0;
            for (var choice : items(step.get("choices"))) {
                n++;
                lines.add("Choice " + n + (Boolean.TRUE.equals(choice.get("best")) ? " (best): " : ": ")
                        + choice.get("text"));
                lines.add("Feedback on choice " + n + ": " + choice.get("feedback"));
                lines.add("Consequence of choice " + n + ": " + choice.get("consequence"));
                lines.add("Choice " + n + " leads to: " + choice.get("next"));
            }
            texts.put("step:" + step.get("id"), new Text("Step " + step.get("id"), String.join("\n", lines)));
        }
        return texts;
    }
}
