package org.digitalpractice.monitoring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prometheus's text exposition format: each metric family once, with its TYPE line, then one line per set of
 * labels. Counters get the {@code _total} suffix the format expects.
 */
final class PrometheusText {

    private final Map<String, String> types = new LinkedHashMap<>();
    private final Map<String, String> help = new LinkedHashMap<>();
    private final Map<String, StringBuilder> samples = new LinkedHashMap<>();

    void counter(String name, Map<String, String> labels, long value) {
        sample(name + "_total", "counter", null, labels, value);
    }

    void gauge(String name, String description, long value) {
        sample(name, "gauge", description, Map.of(), value);
    }

    private void sample(String name, String type, String description, Map<String, String> labels, long value) {
        types.putIfAbsent(name, type);
        if (description != null) {
            help.putIfAbsent(name, description);
        }
        var line = samples.computeIfAbsent(name, n -> new StringBuilder()).append(name);
        if (!labels.isEmpty()) {
            line.append('{');
            var first = true;
            for (var label : new TreeMap<>(labels).entrySet()) {
                line.append(first ? "" : ",").append(label.getKey()).append("=\"").append(escape(label.getValue()))
                        .append('"');
                first = false;
            }
            line.append('}');
        }
        line.append(' ').append(value).append('\n');
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    @Override
    public String toString() {
        var text = new StringBuilder();
        samples.forEach((name, lines) -> {
            if (help.containsKey(name)) {
                text.append("# HELP ").append(name).append(' ').append(help.get(name)).append('\n');
            }
            text.append("# TYPE ").append(name).append(' ').append(types.get(name)).append('\n').append(lines);
        });
        return text.toString();
    }
}
