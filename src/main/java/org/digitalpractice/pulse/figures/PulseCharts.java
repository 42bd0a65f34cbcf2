package org.digitalpractice.pulse.figures;

import org.digitalpractice.pulse.Threshold;
import org.digitalpractice.web.BarChart;

import java.util.LinkedHashMap;
import java.util.Map;

/** Each shown question of the figures as a bar chart of shares, drawn beside the table of the same numbers. */
final class PulseCharts {

    private PulseCharts() {
    }

    /** By question id; a question whose figures are kept back has no chart. */
    static Map<String, BarChart> of(Figures figures) {
        var charts = new LinkedHashMap<String, BarChart>();
        for (var question : figures.figures()) {
            if (question.council().shown()) {
                charts.put(question.question().id(), chart(question));
            }
        }
        return charts;
    }

    /** Each bar says only its share, which fits beside a full bar; the table beside it gives the counts. */
    static BarChart chart(Figures.QuestionFigures question) {
        return BarChart.percentages(question.council().cells().stream().map(cell -> cell.shown()
                        ? new BarChart.Value(cell.option().id(), cell.option().text(), cell.percent().getAsInt(),
                        cell.percentShown())
                        : BarChart.Value.absent(cell.option().id(), cell.option().text(),
                        "fewer than " + Threshold.MINIMUM_PEOPLE + " people"))
                .toList(), "Share of the " + question.council().answered().getAsInt()
                + " people who answered ‘" + question.question().text() + "’ who chose each answer.");
    }
}
