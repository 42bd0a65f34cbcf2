package org.digitalpractice.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Bars and ticks are shares of the chart's width, so nothing in the chart is scaled down on a phone. */
class BarChartTest {

    static final BarChart CHART = BarChart.percentages(List.of(new BarChart.Value("Half", 50, "50% (1 of 2)"),
            new BarChart.Value("Over", 130, "130%"), BarChart.Value.absent("none", "None", "No learners")), "Shares.");

    @Test
    void aBarIsItsShareOfTheScaleAndNeverLongerThanTheChart() {
        assertEquals(List.of("50.0%", "100.0%", "0.0%"), CHART.bars().stream().map(BarChart.Bar::width).toList());
    }

    @Test
    void aRowWithoutAValueKeepsItsTextAndDrawsNoBar() {
        var none = CHART.bars().get(2);
        assertFalse(none.drawn());
        assertEquals("No learners", none.text());
    }

    @Test
    void percentageTicksReadTheSameOnAPhone() {
        assertEquals(List.of("0%", "25%", "50%", "75%", "100%"),
                CHART.ticks().stream().map(BarChart.Tick::shortLabel).toList());
        assertEquals(List.of("0.0%", "25.0%", "50.0%", "75.0%", "100.0%"),
                CHART.ticks().stream().map(BarChart.Tick::x).toList());
    }

    @Test
    void theDescriptionGivesEveryRowsText() {
        assertEquals("Shares. Half: 50% (1 of 2). Over: 130%. None: No learners.", CHART.description());
    }

    @Test
    void widthsAreWrittenToOneDecimalPlaceRoundedHalfUp() {
        for (double percent : new double[]{0, 0.04, 0.05, 12.25, 33.333, 66.666, 99.95, 100, 250.0 / 3}) {
            assertEquals(String.format(java.util.Locale.UK, "%.1f%%", percent), BarChart.percentage(percent),
                    "as String.format writes " + percent);
        }
    }
}
