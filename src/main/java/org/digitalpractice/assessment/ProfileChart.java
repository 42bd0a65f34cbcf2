package org.digitalpractice.assessment;

import org.digitalpractice.assessment.framework.Rating;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The geometry of the profile's bar chart, drawn as inline SVG: one labelled bar per area, as long as the mean shown
 * in the table beside it. Sizes are SVG user units in a viewBox, so the chart scales with the page; colours and
 * fonts come from classes in app.css, because the CSP forbids inline styles.
 */
public record ProfileChart(int width, int height, List<Bar> bars, List<Tick> ticks, String description) {

    static final int WIDTH = 640;
    static final int BAR_MAX = 520;
    static final int ROW = 64;
    static final int AXIS = 44;

    /** One area's row: its label above the bar, and the value (or "Not assessed") at the bar's end. */
    public record Bar(String code, String label, Optional<String> value, int labelY, int barY, int barWidth,
                      int valueX, int valueY) {
        public String valueText() {
            return value.orElse("Not assessed");
        }
    }

    /** A point of the scale along the bottom, with a gridline up through the rows. */
    public record Tick(int x, String label, String anchor) {
    }

    public static ProfileChart of(Profile profile) {
        var bars = new ArrayList<Bar>();
        int y = 0;
        for (var result : profile.areas()) {
            var value = result.meanShown();
            // Drawn from the rounded value the table shows, so the two can never disagree.
            int width = value.map(v -> (int) Math.round(Double.parseDouble(v) / Rating.MAXIMUM * BAR_MAX)).orElse(0);
            var area = result.area();
            bars.add(new Bar(area.code(), area.code() + ". " + area.title(), value, y + 18, y + 26, width,
                    width + 8, y + 43));
            y += ROW;
        }
        var ticks = new ArrayList<Tick>();
        for (int point = 0; point <= Rating.MAXIMUM; point++) {
            var rating = Rating.values()[point];
            ticks.add(new Tick(point * BAR_MAX / Rating.MAXIMUM, point + " " + rating.label(),
                    point == 0 ? "start" : "middle"));
        }
        var description = "Your mean rating in each area, from 0 (Not yet) to 3 (Leading). "
                + bars.stream().map(b -> b.label() + ": " + b.valueText() + ".").collect(Collectors.joining(" "));
        return new ProfileChart(WIDTH, y + AXIS, List.copyOf(bars), List.copyOf(ticks), description);
    }

    /** Where the axis labels sit, below the last row. */
    public int axisY() {
        return height - AXIS + 24;
    }

    /** The bottom of the gridlines. */
    public int gridBottom() {
        return height - AXIS + 4;
    }
}
