package org.digitalpractice.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A horizontal bar chart, one labelled bar a row, always drawn with a table of the same numbers by
 * {@code web/chart.jte} (the table is what screen readers and printouts rely on).
 *
 * <p>Labels and values are HTML text above each bar, so they wrap and keep the page's type size on a 320 px screen;
 * only the bars and the axis are SVG, positioned in percentages of the chart's width with no viewBox, so nothing in
 * them is scaled down. An earlier chart drew everything in one scaled SVG, and at 320 px its labels shrank to about
 * 5 px. Colours come from app.css, because the CSP forbids inline styles.
 */
public record BarChart(List<Bar> bars, List<Tick> ticks, String description) {

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
    public record Bar(String key, String label, String text, boolean drawn, double percent) {
        /** The bar's length as an SVG width: a percentage of the chart's width, to one decimal place. */
        public String width() {
            return percentage(percent);
        }
    }

    /**
     * A mark on the axis at a share of the chart's width. {@code label} is shown from tablet width up;
     * {@code shortLabel} on a phone, where "2 Practising" and "3 Leading" would run into each other.
     */
    public record Tick(double percent, String label, String shortLabel, String anchor) {
        public String x() {
            return percentage(percent);
        }
    }

    /**
     * A chart of values from 0 to {@code maximum}, with a tick at each of {@code tickLabels} spread evenly. A tick
     * label that starts with a number ("2 Practising") shows only the number on a phone.
     */
    public static BarChart of(List<Value> values, double maximum, List<String> tickLabels, String what) {
        var bars = new ArrayList<Bar>();
        for (var value : values) {
            var drawn = !Double.isNaN(value.value());
            double percent = maximum <= 0 || !drawn ? 0
                    : Math.max(0, Math.min(value.value(), maximum)) / maximum * 100;
            bars.add(new Bar(value.key(), value.label(), value.text(), drawn, percent));
        }
        var ticks = new ArrayList<Tick>();
        for (int i = 0; i < tickLabels.size(); i++) {
            double at = tickLabels.size() == 1 ? 0 : 100.0 * i / (tickLabels.size() - 1);
            var label = tickLabels.get(i);
            var anchor = i == 0 ? "start" : i == tickLabels.size() - 1 ? "end" : "middle";
            ticks.add(new Tick(at, label, label.replaceFirst("^(\\d+) \\D.*$", "$1"), anchor));
        }
        var description = what + " " + values.stream().map(v -> v.label() + ": " + v.text() + ".")
                .collect(Collectors.joining(" "));
        return new BarChart(List.copyOf(bars), List.copyOf(ticks), description);
    }

    /** Percentages from 0 to 100. */
    public static BarChart percentages(List<Value> values, String what) {
        return of(values, 100, List.of("0%", "25%", "50%", "75%", "100%"), what);
    }

    /** To one decimal place, rounded half up; not with {@code String.format}, which was 4 % of a lead's course view. */
    static String percentage(double percent) {
        long tenths = Math.round(Math.abs(percent) * 10);
        return (percent < 0 && tenths > 0 ? "-" : "") + tenths / 10 + "." + tenths % 10 + "%";
    }
}
