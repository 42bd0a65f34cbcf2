package org.digitalpractice.pulse.figures;

import org.digitalpractice.pulse.Quarter;
import org.digitalpractice.pulse.Threshold;
import org.digitalpractice.pulse.questions.PulseQuestions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a lead or trainer may see of one quarter's pulse for a council or one of its courses, beside the other
 * councils' pooled figures: counts and shares per option, with every figure that has fewer than
 * {@link Threshold#MINIMUM_PEOPLE} people behind it kept back. A number kept back is not in these records at all,
 * so no page, export or report can show it by mistake.
 *
 * @param respondents      people who answered, when enough did
 * @param otherRespondents people in the other councils pooled, when {@link #otherCouncils} allows them
 */
public record Figures(Quarter quarter, PulseQuestions questions, OptionalInt respondents,
                      List<QuestionFigures> figures, OptionalInt otherRespondents) {

    /** The support most asked for lists at most this many needs. */
    static final int MOST_ASKED = 5;

    /** One question: the council's (or course's) column, and the other councils' when they are shown. */
    public record QuestionFigures(PulseQuestions.Question question, Column council, Optional<Column> others) {
    }

    /** @param answered people who answered the question, when enough did; otherwise every cell is kept back too */
    public record Column(OptionalInt answered, List<Cell> cells) {
        public boolean shown() {
            return answered.isPresent();
        }

        public Cell cell(String optionId) {
            return cells.stream().filter(c -> c.option().id().equals(optionId)).findFirst().orElseThrow();
        }
    }

    /** One option's figure: how many people chose it and their share of those who answered, or neither. */
    public record Cell(PulseQuestions.Option option, OptionalInt people, OptionalInt percent) {
        static Cell keptBack(PulseQuestions.Option option) {
            return new Cell(option, OptionalInt.empty(), OptionalInt.empty());
        }

        public boolean shown() {
            return people.isPresent();
        }

        public String peopleShown() {
            return shown() ? String.valueOf(people.getAsInt()) : "";
        }

        public String percentShown() {
            return shown() ? percent.getAsInt() + "%" : "";
        }
    }

    public boolean shown() {
        return respondents.isPresent();
    }

    public boolean othersShown() {
        return otherRespondents.isPresent();
    }

    public QuestionFigures support() {
        return figures.stream().filter(f -> f.question().support()).findFirst().orElseThrow();
    }

    /** The needs of the support question chosen by the most people, among those shown, most first. */
    public List<Cell> mostAskedFor() {
        return support().council().cells().stream().filter(Cell::shown)
                .sorted(Comparator.comparingInt((Cell c) -> c.people().getAsInt()).reversed())
                .limit(MOST_ASKED).toList();
    }

    /**
     * @param council the responses of the council, or of one of its courses
     * @param others  each other council's responses in the same quarter
     */
    static Figures of(Quarter quarter, PulseQuestions questions, Counts council, List<Counts> others) {
        var pooled = otherCouncils(others);
        if (!Threshold.enough(council.respondents())) {
            // Not even the count per question is kept: nothing below the threshold leaves here.
            var empty = questions.questions().stream().map(q -> new QuestionFigures(q, keptBack(q),
                    pooled.map(p -> column(q, p)))).toList();
            return new Figures(quarter, questions, OptionalInt.empty(), empty,
                    pooled.map(p -> OptionalInt.of(p.respondents())).orElse(OptionalInt.empty()));
        }
        var figures = questions.questions().stream().map(q -> new QuestionFigures(q, column(q, council),
                pooled.map(p -> column(q, p)))).toList();
        return new Figures(quarter, questions, OptionalInt.of(council.respondents()), figures,
                pooled.map(p -> OptionalInt.of(p.respondents())).orElse(OptionalInt.empty()));
    }

    /**
     * The other councils' counts pooled, or empty when too few councils have enough responses. Only the councils
     * with enough are pooled: a council of two responses is left out rather than hidden inside the others.
     */
    static Optional<Counts> otherCouncils(List<Counts> perCouncil) {
        List<Counts> enough = perCouncil.stream().filter(c -> Threshold.enough(c.respondents())).toList();
        return Threshold.enoughOtherCouncils(enough.size()) ? Optional.of(Counts.sum(enough)) : Optional.empty();
    }

    static Column column(PulseQuestions.Question question, Counts counts) {
        int answered = counts.answered(question.id());
        if (!Threshold.enough(answered)) {
            return keptBack(question);
        }
        var cells = new ArrayList<Cell>();
        for (var option : question.options()) {
            int people = counts.chosen(question.id(), option.id());
            cells.add(Threshold.enough(people) ? new Cell(option, OptionalInt.of(people),
                    OptionalInt.of((int) Math.round(100.0 * people / answered))) : Cell.keptBack(option));
        }
        if (!question.multiple()) {
            keepBackASecond(cells);
        }
        return new Column(OptionalInt.of(answered), List.copyOf(cells));
    }

    /**
     * The options of a single question add up to the people who answered it, so one figure kept back alone could be
     * worked out from the others: keep back the smallest shown figure with it.
     */
    private static void keepBackASecond(List<Cell> cells) {
        if (cells.stream().filter(c -> !c.shown()).count() != 1) {
            return;
        }
        cells.stream().filter(Cell::shown).min(Comparator.comparingInt(c -> c.people().getAsInt()))
                .ifPresent(smallest -> cells.set(cells.indexOf(smallest), Cell.keptBack(smallest.option())));
    }

    private static Column keptBack(PulseQuestions.Question question) {
        return new Column(OptionalInt.empty(), question.options().stream().map(Cell::keptBack).toList());
    }
}
