package org.digitalpractice.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A horizontal bar chart drawn as inline SVG ({@code web/bar-chart.jte}), one labelled bar a row, always shown
 * with a table of the same numbers (the table is what screen readers and printouts rely on). Sizes are viewBox
 * units, so it scales to a 320 px screen; colours come from app.css, because the CSP forbids inline styles. The
 * leads' pages and the learner's capability profile draw theirs with it.
 */
public record BarChart(int width, int height, List<Bar> bars, List<Tick> ticks, String description) {

    static final int WIDTH = 640;
    public static final int BAR_MAX = 520;
    public static final int ROW = 56;
    public static final int AXIS = 40;

    /**
     * A value to draw: its label, where it sits between 0 and the scale's end, the text shown beside it, and a key
     * that names its row (data-key) for whoever reads the chart back.
     */
    public record Value(String key, String label, double value, String text) {
        public Value(String label, double value, String text) {
            this(label, label, value, text);
        }

        /** A row with nothing to draw (such as an area not assessed): its text, and no bar at all. */
        public static Value absent(String key, String label, String text) {
            return new Value(key, label, Double.NaN, text);
        }
    }

    /** {@code drawn}: false for a row without a value, which shows its text but no bar. */
    public record Bar(String key, String label, String text, boolean drawn, int labelY, int barY, int barWidth,
                      int valueX, int valueY) {
    }

    public record Tick(int x, String label, String anchor) {
    }

    /** A chart of values from 0 to {@code maximum}, with a tick at each of {@code tickLabels} spread evenly. */
    public static BarChart of(List<Value> values, double maximum, List<String> tickLabels, String what) {
        var bars = new ArrayList<Bar>();
        int y = 0;
        for (var value : values) {
            var drawn = !Double.isNaN(value.value());
            int width = maximum <= 0 || !drawn ? 0 : (int) Math.round(Math.max(0, Math.min(value.value(), maximum))
                    / maximum * BAR_MAX);
            bars.add(new Bar(value.key(), value.label(), value.text(), drawn, y + 18, y + 24, width, width + 8,
                    y + 41));
            y += ROW;
        }
        var ticks = new ArrayList<Tick>();
        for (int i = 0; i < tickLabels.size(); i++) {
            int x = tickLabels.size() == 1 ? 0 : i * BAR_MAX / (tickLabels.size() - 1);
            ticks.add(new Tick(x, tickLabels.get(i), i == 0 ? "start" : "middle"));
        }
        var description = what + " " + values.stream().map(v -> v.label() + ": " + v.text() + ".")
                .collect(Collectors.joining(" "));
        return new BarChart(WIDTH, y + AXIS, List.copyOf(bars), List.copyOf(ticks), description);
    }

    /** Percentages from 0 to 100. */
    public static BarChart percentages(List<Value> values, String what) {
        return of(values, 100, List.of("0%", "25%", "50%", "75%", "100%"), what);
    }

    public int axisY() {
        return height - AXIS + 22;
    }

    public int gridBottom() {
        return height - AXIS + 4;
    }

    public int axisEnd() {
        return BAR_MAX;
    }
}
