package org.digitalpractice.catalogue.authoring.forms;

import org.digitalpractice.catalogue.authoring.DraftCheck;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The fields of {@code module.yaml} as a trainer types them in the details form: plain text boxes, outcomes one per
 * line, PCF domains as "1, 7", and references as the YAML list the file holds. Turned back into {@code module.yaml}
 * as typed, so that the reader, not this form, says what is wrong.
 */
public record ModuleDetails(String title, String summary, String minutes, String audience, String pcfDomains,
                            String passMark, String outcomes, String reflection, String references, String reviewed,
                            String reviewDue) {

    /** The form's fields in the order the page shows them, with their labels. */
    public static final Map<String, String> LABELS = labels();

    public ModuleDetails {
        title = clean(title);
        summary = clean(summary);
        minutes = clean(minutes);
        audience = clean(audience);
        pcfDomains = clean(pcfDomains);
        passMark = clean(passMark);
        outcomes = clean(outcomes);
        reflection = clean(reflection);
        reviewed = clean(reviewed);
        reviewDue = clean(reviewDue);
        // Indentation is meaning in YAML: only the indentation common to every line goes.
        references = Objects.requireNonNullElse(references, "").replace("\r\n", "\n").stripTrailing().stripIndent().strip();
    }

    private static Map<String, String> labels() {
        var labels = new LinkedHashMap<String, String>();
        labels.put("title", "Title");
        labels.put("summary", "Summary");
        labels.put("minutes", "Minutes to finish");
        labels.put("audience", "Audience");
        labels.put("pcf_domains", "PCF domains");
        labels.put("pass_mark", "Pass mark");
        labels.put("outcomes", "Learning outcomes");
        labels.put("reflection", "Reflection prompt");
        labels.put("references", "References");
        labels.put("reviewed", "Last checked against its sources");
        labels.put("review_due", "Next check due");
        return Map.copyOf(labels);
    }

    /** The details of an existing {@code module.yaml}, for the form. */
    @SuppressWarnings("unchecked")
    public static ModuleDetails of(String moduleYaml) {
        Map<String, Object> map = Optional.ofNullable(
                (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(moduleYaml))
                .orElse(Map.of());
        var outcomes = map.get("outcomes") instanceof List<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining("\n")) : text(map.get("outcomes"));
        var domains = map.get("pcf_domains") instanceof List<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining(", ")) : text(map.get("pcf_domains"));
        var references = map.get("references") == null ? "" : dumper().dump(map.get("references"));
        return new ModuleDetails(text(map.get("title")), text(map.get("summary")), text(map.get("minutes")),
                text(map.get("audience")), domains, text(map.get("pass_mark")), outcomes, text(map.get("reflection")),
                references, date(map.get("reviewed")), date(map.get("review_due")));
    }

    /** YAML reads a bare 2026-12-02 as a timestamp at midnight UTC; the form shows it as written. */
    private static String date(Object value) {
        return value instanceof java.util.Date date
                ? date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString() : text(value);
    }

    static ModuleDetails of(jakarta.ws.rs.core.MultivaluedMap<String, String> form) {
        var first = new java.util.HashMap<String, String>();
        form.keySet().forEach(key -> first.put(key, form.getFirst(key)));
        return of(first);
    }

    public static ModuleDetails of(Map<String, String> form) {
        return new ModuleDetails(form.get("title"), form.get("summary"), form.get("minutes"), form.get("audience"),
                form.get("pcf_domains"), form.get("pass_mark"), form.get("outcomes"), form.get("reflection"),
                form.get("references"), form.get("reviewed"), form.get("review_due"));
    }

    /**
     * The {@code module.yaml} these details make. References that are not a YAML list are reported here, as the
     * reader would not see them as typed.
     */
    public String toYaml() {
        var map = new LinkedHashMap<String, Object>();
        map.put("title", title);
        map.put("summary", summary);
        map.put("minutes", number(minutes));
        map.put("audience", audience);
        map.put("pcf_domains", pcfDomains.isBlank() ? List.of() : Arrays.stream(pcfDomains.split("[,\\s]+"))
                .filter(s -> !s.isBlank()).map(ModuleDetails::number).toList());
        map.put("pass_mark", number(passMark));
        map.put("outcomes", outcomes.lines().map(String::strip).filter(s -> !s.isEmpty()).toList());
        map.put("reflection", reflection);
        map.put("references", parsedReferences());
        // The reader says what is missing when only one of the two is given.
        if (!reviewed.isBlank()) {
            map.put("reviewed", reviewed);
        }
        if (!reviewDue.isBlank()) {
            map.put("review_due", reviewDue);
        }
        return dumper().dump(map);
    }

    private Object parsedReferences() {
        if (references.isBlank()) {
            return List.of();
        }
        try {
            var parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(references);
            if (parsed instanceof List<?>) {
                return parsed;
            }
        } catch (RuntimeException e) {
            // reported below
        }
        throw new DraftCheck.Invalid(List.of(new DraftCheck.FieldError("references",
                "References must be a YAML list: each reference starts with '- id:' and has title, publisher and url lines")));
    }

    private static Object number(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static String clean(String value) {
        return Objects.requireNonNullElse(value, "").replace("\r\n", "\n").strip();
    }

    /** Block-style YAML as the shipped files are written, multi-line text as literal blocks. */
    static Yaml dumper() {
        var options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        return new Yaml(new TextRepresenter(options), options);
    }

    /** Multi-line text as a literal block, as the shipped files write it. */
    private static final class TextRepresenter extends Representer {
        TextRepresenter(DumperOptions options) {
            super(options);
            this.representers.put(String.class, data -> {
                var text = (String) data;
                return representScalar(Tag.STR, text, text.contains("\n")
                        ? DumperOptions.ScalarStyle.LITERAL : DumperOptions.ScalarStyle.PLAIN);
            });
        }
    }
}
