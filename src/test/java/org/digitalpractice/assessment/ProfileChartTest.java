package org.digitalpractice.assessment;

import org.digitalpractice.web.BarChart;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.digitalpractice.assessment.SampleFramework.answers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The profile's chart draws the numbers the table shows. */
class ProfileChartTest {

    static final BarChart CHART = ReportPage.chart(answers().area("A", "3", "3", "3").area("B", "1", "2", "2")
            .area("C", "na", "na").area("D", "0", "0", "0").profile());

    @Test
    void eachBarIsAsLongAsTheMeanShownOfTheWholeScale() {
        var widths = CHART.bars().stream().map(BarChart.Bar::width).toList();
        assertEquals(List.of("100.0%", "56.7%", "0.0%", "0.0%"), widths,
                "3.0, 1.7 (drawn as shown, not 1.67), not assessed, 0.0");
        assertEquals("1.7", CHART.bars().get(1).text());
    }

    @Test
    void anAreaNotAssessedSaysSoInsteadOfABar() {
        var c = CHART.bars().get(2);
        assertFalse(c.drawn());
        assertEquals("Not assessed", c.text());
        assertEquals("C", c.key());
    }

    @Test
    void theDescriptionGivesEveryNumberForScreenReaders() {
        assertEquals("Your mean rating in each area, from 0 (Not yet) to 3 (Leading). A. Area A: 3.0. B. Area B: 1.7. "
                + "C. Area C: Not assessed. D. Area D: 0.0.", CHART.description());
    }

    @Test
    void theAxisRunsFromNotYetToLeading() {
        assertEquals(List.of("0 Not yet", "1 Aware", "2 Practising", "3 Leading"),
                CHART.ticks().stream().map(BarChart.Tick::label).toList());
        assertEquals(List.of("0.0%", "33.3%", "66.7%", "100.0%"), CHART.ticks().stream().map(BarChart.Tick::x).toList());
    }

    @Test
    void onAPhoneTheAxisShowsOnlyTheNumbersOfTheLevels() {
        assertEquals(List.of("0", "1", "2", "3"), CHART.ticks().stream().map(BarChart.Tick::shortLabel).toList());
        assertEquals(List.of("start", "middle", "middle", "end"), CHART.ticks().stream().map(BarChart.Tick::anchor)
                .toList(), "the end labels stay inside the chart");
    }
}
