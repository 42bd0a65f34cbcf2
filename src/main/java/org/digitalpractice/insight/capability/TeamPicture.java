package org.digitalpractice.insight.capability;

import org.digitalpractice.assessment.framework.Framework;
import org.digitalpractice.assessment.framework.Rating;
import org.digitalpractice.infrastructure.Clocks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.LongFunction;

/**
 * The capability picture of a group, from each person's latest submitted self-assessment: per area, how many people
 * stand at each level and the mean; the priority areas; the means at the end of each recent quarter; and how often
 * each "your practice" option was ticked. Each part is present only when {@link Threshold} people are behind it.
 */
public record TeamPicture(int respondents, List<Area> areas, List<Area> priorities, List<Period> trend,
                          List<Question> practice) {

    static final int QUARTERS = 4;
    /** Areas whose mean has not reached Practising are the team's priorities, lowest first, at most this many. */
    static final int MOST_PRIORITIES = 3;

    /** One area: how many people are at each level (by their own mean in it), and the mean of those means. */
    public record Area(String code, String title, int people, int[] atLevel, OptionalDouble mean) {
        public boolean shown() {
            return Threshold.enough(people);
        }

        public String meanShown() {
            return mean.isPresent() ? String.format(Locale.UK, "%.1f", mean.getAsDouble()) : "";
        }

        public int atLevel(Rating rating) {
            return atLevel[Integer.parseInt(rating.value())];
        }
    }

    /** The picture as it stood at the end of a quarter: each person's latest attempt by then. */
    public record Period(String label, int respondents, List<Area> areas) {
        public boolean shown() {
            return Threshold.enough(respondents);
        }
    }

    public record Question(String id, String question, int people, List<OptionCount> options) {
        public boolean shown() {
            return Threshold.enough(people);
        }
    }

    public record OptionCount(String id, String text, int people) {
    }

    public boolean shown() {
        return Threshold.enough(respondents);
    }

    /**
     * @param responses every submitted attempt of the people in scope
     * @param current   the framework whose areas and questions are shown, in its order
     * @param versions  the framework version of an attempt, which says which area each statement belongs to
     */
    static TeamPicture of(List<Response> responses, Framework current, LongFunction<Framework> versions,
                          LocalDate today) {
        var latest = latestPerPerson(responses, Instant.MAX);
        if (!Threshold.enough(latest.size())) {
            // Not even the count of areas or questions is worked out: nothing below the threshold leaves here.
            return new TeamPicture(latest.size(), List.of(), List.of(), List.of(), List.of());
        }
        var areas = areas(latest, current, versions);
        var priorities = areas.stream().filter(a -> a.shown()
                        && Rating.reached(a.mean().getAsDouble()).compareTo(Rating.PRACTISING) < 0)
                .sorted(Comparator.comparingDouble(a -> a.mean().getAsDouble())).limit(MOST_PRIORITIES).toList();
        var trend = new ArrayList<Period>();
        var quarterStart = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        for (int i = QUARTERS - 1; i >= 0; i--) {
            var start = quarterStart.minusMonths(3L * i);
            var end = start.plusMonths(3);
            var byThen = latestPerPerson(responses, end.atStartOfDay(Clocks.UK).toInstant());
            var label = "Q" + ((start.getMonthValue() - 1) / 3 + 1) + " " + start.getYear()
                    + (i == 0 ? " (so far)" : "");
            trend.add(Threshold.enough(byThen.size()) ? new Period(label, byThen.size(), areas(byThen, current, versions))
                    : new Period(label, byThen.size(), List.of()));
        }
        return new TeamPicture(latest.size(), areas, priorities, trend, practice(latest, current));
    }

    static List<Response> latestPerPerson(List<Response> responses, Instant before) {
        var latest = new HashMap<Long, Response>();
        for (var response : responses) {
            if (response.submittedAt().isBefore(before)) {
                latest.merge(response.person(), response, (a, b) ->
                        b.submittedAt().isAfter(a.submittedAt())
                                || (b.submittedAt().equals(a.submittedAt()) && b.attempt() > a.attempt()) ? b : a);
            }
        }
        return List.copyOf(latest.values());
    }

    private static List<Area> areas(List<Response> people, Framework current, LongFunction<Framework> versions) {
        var areas = new ArrayList<Area>();
        for (var domain : current.domains()) {
            int[] atLevel = new int[Rating.MAXIMUM + 1];
            double sum = 0;
            int assessed = 0;
            for (var person : people) {
                var mean = personMean(person, domain.code(), versions.apply(person.frameworkRef()));
                if (mean.isPresent()) {
                    assessed++;
                    sum += mean.getAsDouble();
                    atLevel[Integer.parseInt(Rating.reached(mean.getAsDouble()).value())]++;
                }
            }
            if (Threshold.enough(assessed)) {
                areas.add(new Area(domain.code(), domain.title(), assessed, atLevel,
                        OptionalDouble.of(sum / assessed)));
            } else {
                areas.add(new Area(domain.code(), domain.title(), assessed, new int[Rating.MAXIMUM + 1],
                        OptionalDouble.empty()));
            }
        }
        return areas;
    }

    /** A person's mean in an area, Not applicable left out; empty when they rated none of it. */
    static OptionalDouble personMean(Response person, String domainCode, Framework version) {
        var domain = version.domain(domainCode);
        if (domain.isEmpty()) {
            return OptionalDouble.empty();
        }
        int points = 0;
        int rated = 0;
        for (var statement : domain.get().statements()) {
            var rating = Optional.ofNullable(person.ratings().get(statement.code())).flatMap(Rating::of);
            if (rating.isPresent() && rating.get().points().isPresent()) {
                points += rating.get().points().getAsInt();
                rated++;
            }
        }
        return rated == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) points / rated);
    }

    private static List<Question> practice(List<Response> people, Framework current) {
        var questions = new ArrayList<Question>();
        for (var question : current.yourPractice()) {
            var answered = people.stream().filter(p -> !p.practice().getOrDefault(question.id(), List.of()).isEmpty())
                    .toList();
            var counts = new ArrayList<OptionCount>();
            if (Threshold.enough(answered.size())) {
                Map<String, Integer> ticks = new HashMap<>();
                answered.forEach(p -> p.practice().get(question.id()).stream().distinct()
                        .forEach(id -> ticks.merge(id, 1, Integer::sum)));
                for (var option : question.options()) {
                    counts.add(new OptionCount(option.id(), option.text(), ticks.getOrDefault(option.id(), 0)));
                }
            }
            questions.add(new Question(question.id(), question.question(), answered.size(), counts));
        }
        return questions;
    }
}
