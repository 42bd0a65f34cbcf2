package org.digitalpractice.pulse.figures;

import org.digitalpractice.infrastructure.Csv;
import org.digitalpractice.pulse.Threshold;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The figures as CSV, for a workforce board's own spreadsheets: one row for the people who answered each question,
 * then one row per option. A figure kept back is an empty cell, and the row's note says why. Fields go through
 * {@link Csv}, which defuses formulas.
 */
final class PulseCsv {

    static final List<String> HEADER = List.of("quarter", "scope", "question_id", "question", "option_id", "option",
            "people", "share_percent", "other_councils_people", "other_councils_share_percent", "note");
    static final String KEPT_BACK = "fewer than " + Threshold.MINIMUM_PEOPLE + " people: not shown";
    static final String NO_OTHERS = "other councils: shown only when at least " + Threshold.MINIMUM_OTHER_COUNCILS
            + " other councils each have " + Threshold.MINIMUM_PEOPLE + " or more responses";

    private PulseCsv() {
    }

    static String of(Figures figures, String scope) {
        var out = new StringBuilder(Csv.row(HEADER));
        var quarter = figures.quarter().code();
        out.append(Csv.row(List.of(quarter, scope, "", "People who answered the pulse", "", "",
                number(figures.respondents()), "", number(figures.otherRespondents()), "",
                notes(figures.respondents(), figures.otherRespondents(), figures.othersShown()))));
        for (var question : figures.figures()) {
            var council = question.council();
            var others = question.others();
            var othersAnswered = others.map(Figures.Column::answered).orElse(OptionalInt.empty());
            out.append(Csv.row(List.of(quarter, scope, question.question().id(), question.question().text(), "",
                    "People who answered this question", number(council.answered()), "", number(othersAnswered), "",
                    notes(council.answered(), othersAnswered, figures.othersShown()))));
            for (var cell : council.cells()) {
                var other = others.map(o -> o.cell(cell.option().id()));
                var otherPeople = other.map(Figures.Cell::people).orElse(OptionalInt.empty());
                out.append(Csv.row(List.of(quarter, scope, question.question().id(), question.question().text(),
                        cell.option().id(), cell.option().text(), number(cell.people()), number(cell.percent()),
                        number(otherPeople), number(other.map(Figures.Cell::percent).orElse(OptionalInt.empty())),
                        notes(cell.people(), otherPeople, figures.othersShown()))));
            }
        }
        return out.toString();
    }

    private static String number(OptionalInt value) {
        return value.isPresent() ? String.valueOf(value.getAsInt()) : "";
    }

    private static String notes(OptionalInt council, OptionalInt others, boolean othersShown) {
        var notes = new ArrayList<String>();
        if (council.isEmpty()) {
            notes.add(KEPT_BACK);
        }
        if (!othersShown) {
            notes.add(NO_OTHERS);
        } else if (others.isEmpty()) {
            notes.add("other councils: " + KEPT_BACK);
        }
        return String.join("; ", notes);
    }
}
