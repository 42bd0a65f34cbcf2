package org.digitalpractice.catalogue.authoring;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

import java.util.Map;
import java.util.Optional;

/** A draft's YAML files read as plain maps, and written back as the shipped files are written. */
public final class ContentYaml {

    private ContentYaml() {
    }

    /**
     * The file's top-level fields; none when it is not a set of fields (a draft always is: this guards forms). Dates
     * stay as written (2026-12-02): YAML reads them as midnight timestamps, which would be written back as such.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> load(String yaml) {
        try {
            return Optional.ofNullable(asWritten(new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml)))
                    .filter(Map.class::isInstance).map(map -> (Map<String, Object>) map).orElse(Map.of());
        } catch (RuntimeException unreadable) {
            return Map.of();
        }
    }

    private static Object asWritten(Object value) {
        if (value instanceof java.util.Date date) {
            return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
        }
        if (value instanceof Map<?, ?> map) {
            var copy = new java.util.LinkedHashMap<Object, Object>();
            map.forEach((key, item) -> copy.put(key, asWritten(item)));
            return copy;
        }
        if (value instanceof java.util.List<?> list) {
            return list.stream().map(ContentYaml::asWritten).toList();
        }
        return value;
    }

    /** Block style, multi-line text as literal blocks. */
    public static String dump(Object value) {
        var options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        return new Yaml(new TextRepresenter(options), options).dump(value);
    }

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
