package org.digitalpractice.assessment;

import org.digitalpractice.assessment.framework.Framework;
import org.digitalpractice.assessment.framework.Rating;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A learner's profile from one submitted attempt: per area, the mean of their ratings (Not applicable left out) set
 * beside how they did in that area's scenarios. Self-ratings run high (Skills for Care found in 2014 that 90% of
 * staff felt confident while half their managers disagreed), so the scenarios can lower an area's standing but
 * never raise it.
 */
public record Profile(List<AreaResult> areas) {

    /** One area: the points given and how many statements were rated, and the scenarios answered well. */
    public record AreaResult(Framework.Domain area, int points, int rated, int notApplicable, int scenariosRight,
                             int scenarios) {

        /** An area rated Not applicable throughout has no mean and is not assessed. */
        public boolean assessed() {
            return rated > 0;
        }

        /** The mean rating from 0 (Not yet) to 3 (Leading). */
        public OptionalDouble mean() {
            return assessed() ? OptionalDouble.of((double) points / rated) : OptionalDouble.empty();
        }

        /** The mean as the report shows it, to one decimal place; empty when not assessed. */
        public Optional<String> meanShown() {
            var mean = mean();
            return mean.isPresent() ? Optional.of(oneDecimal(mean.getAsDouble())) : Optional.empty();
        }

        public Optional<Rating> level() {
            var mean = mean();
            return mean.isPresent() ? Optional.of(Rating.nearest(mean.getAsDouble())) : Optional.empty();
        }

        public boolean scenariosAllRight() {
            return scenariosRight == scenarios;
        }

        /** The mean, one level lower when a scenario answer was not the best one, and never below 0. */
        double workingLevel() {
            var mean = mean().orElseThrow();
            return Math.max(0, scenariosAllRight() ? mean : mean - 1);
        }

        /** The learner's own rating set beside their scenario answers, in one sentence. */
        public String selfCheck() {
            if (!assessed()) {
                return "Not assessed: you chose Not applicable for every statement.";
            }
            var level = level().orElseThrow();
            var confident = level.compareTo(Rating.PRACTISING) >= 0;
            var start = "You rated yourself " + level.label() + "; ";
            if (scenariosAllRight()) {
                return start + (confident ? "your scenario answers agree."
                        : "your scenario answers suggest you may know more than you think.");
            }
            return start + (confident ? "the scenarios suggest a review."
                    : "the scenarios agree this is an area to build.");
        }
    }

    /** How one area moved between two attempts, compared as the report shows the means (to one decimal place). */
    public record Change(Framework.Domain area, Optional<String> before, Optional<String> now) {
        public String describe() {
            if (before.isPresent() && now.isPresent()) {
                var delta = Math.round((Double.parseDouble(now.get()) - Double.parseDouble(before.get())) * 10) / 10.0;
                return delta > 0 ? "Up " + oneDecimal(delta) : delta < 0 ? "Down " + oneDecimal(-delta) : "No change";
            }
            if (now.isPresent()) {
                return "Not assessed last time";
            }
            return before.isPresent() ? "Not assessed this time" : "Not assessed";
        }
    }

    public static Profile of(Framework framework, Answers answers) {
        return new Profile(framework.domains().stream().map(area -> {
            int points = 0;
            int rated = 0;
            int notApplicable = 0;
            for (var statement : area.statements()) {
                var rating = answers.rating(statement.code());
                if (rating.isEmpty()) {
                    continue;
                }
                var value = rating.get().points();
                if (value.isPresent()) {
                    points += value.getAsInt();
                    rated++;
                } else {
                    notApplicable++;
                }
            }
            int right = (int) area.scenarios().stream()
                    .filter(s -> answers.choice(s.id()).filter(c -> c == s.correctOption()).isPresent())
                    .count();
            return new AreaResult(area, points, rated, notApplicable, right, area.scenarios().size());
        }).toList());
    }

    /** The mean of every rated statement, Not applicable left out; empty when nothing was rated. */
    public OptionalDouble mean() {
        int rated = areas.stream().mapToInt(AreaResult::rated).sum();
        int points = areas.stream().mapToInt(AreaResult::points).sum();
        return rated == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) points / rated);
    }

    /** The overall mean to one decimal place; empty when nothing was rated. */
    public Optional<String> meanShown() {
        var mean = mean();
        return mean.isPresent() ? Optional.of(oneDecimal(mean.getAsDouble())) : Optional.empty();
    }

    /** The mean rating as a whole-number percentage of the top of the scale; 0 when nothing was rated. */
    public int percent() {
        return (int) Math.round(100 * mean().orElse(0) / Rating.MAXIMUM);
    }

    /**
     * Two or three areas to work on: the two with the lowest working level, and a third when it too is below
     * Practising. An area at Leading with every scenario answered well is never one.
     */
    public List<AreaResult> priorities() {
        var candidates = areas.stream()
                .filter(AreaResult::assessed)
                .filter(a -> a.workingLevel() < Rating.MAXIMUM)
                .sorted(Comparator.comparingDouble(AreaResult::workingLevel))
                .toList();
        var count = candidates.size() > 2 && candidates.get(2).workingLevel() < 2 ? 3 : Math.min(2, candidates.size());
        return candidates.subList(0, count);
    }

    /** Areas rated Practising or better and borne out by every scenario, strongest first; at most three. */
    public List<AreaResult> strengths() {
        var priorities = priorities();
        return areas.stream()
                .filter(AreaResult::assessed)
                .filter(a -> a.mean().getAsDouble() >= 2 && a.scenariosAllRight())
                .filter(a -> !priorities.contains(a))
                .sorted(Comparator.comparingDouble((AreaResult a) -> a.mean().getAsDouble()).reversed())
                .limit(3)
                .toList();
    }

    /** Each area of this profile against the same area (by code) in an earlier one. */
    public List<Change> changeSince(Profile earlier) {
        return areas.stream().map(now -> new Change(now.area(),
                earlier.area(now.area().code()).flatMap(AreaResult::meanShown),
                now.meanShown())).toList();
    }

    public Optional<AreaResult> area(String code) {
        return areas.stream().filter(a -> a.area().code().equals(code)).findFirst();
    }

    static String oneDecimal(double value) {
        return String.format(Locale.UK, "%.1f", value);
    }
}
