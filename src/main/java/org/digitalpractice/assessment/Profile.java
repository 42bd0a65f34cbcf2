package org.digitalpractice.assessment;

import org.digitalpractice.assessment.framework.Framework;
import org.digitalpractice.assessment.framework.Rating;

import java.util.ArrayList;
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

    /**
     * One area: the points given and how many statements were rated, and its scenarios not answered with the best
     * option, by their number in the area (from 1).
     */
    public record AreaResult(Framework.Domain area, int points, int rated, int notApplicable, List<Integer> missed,
                             int scenarios) {

        public AreaResult {
            missed = List.copyOf(missed);
        }

        public int scenariosRight() {
            return scenarios - missed.size();
        }

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
            return mean.isPresent() ? Optional.of(Rating.reached(mean.getAsDouble())) : Optional.empty();
        }

        public boolean scenariosAllRight() {
            return missed.isEmpty();
        }

        /** Rated with confidence (Practising or Leading) while fewer than half of the scenarios were answered well. */
        public boolean worthASecondLook() {
            return assessed() && confident() && 2 * scenariosRight() < scenarios;
        }

        private boolean confident() {
            return level().orElseThrow().compareTo(Rating.PRACTISING) >= 0;
        }

        /**
         * When the ratings and the scenarios disagree most, a kind word saying so and which scenarios to read again.
         * It is a prompt to check, never a verdict: the scenarios are short, and a rating may rest on more than they
         * show.
         */
        public Optional<String> secondLook() {
            if (!worthASecondLook()) {
                return Optional.empty();
            }
            return Optional.of("You rated yourself as confident in " + area.title() + " ("
                    + level().orElseThrow().label() + "), but your answers to " + missedShown()
                    + " suggest it is worth a second look. Read the feedback on " + (missed.size() == 1 ? "it" : "them")
                    + " below. It can be hard to rate yourself, so this is a chance to check, not a mark against you.");
        }

        /**
         * "its scenario", "both its scenarios", "all 3 of its scenarios", or the numbers: "scenarios 1 and 3". Fewer
         * than half answered well means at least two missed whenever some were answered well.
         */
        private String missedShown() {
            if (missed.size() == scenarios) {
                return scenarios == 1 ? "its scenario" : scenarios == 2 ? "both its scenarios"
                        : "all " + scenarios + " of its scenarios";
            }
            var numbers = missed.stream().map(String::valueOf).toList();
            return "scenarios " + String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and "
                    + numbers.get(numbers.size() - 1);
        }

        /**
         * A strength: rated Practising or Leading (a mean of 2.0 or more, as {@link Rating#reached} bands it) and
         * borne out by every scenario. The report says this rule in words, so that no area reads as both.
         */
        public boolean strength() {
            return assessed() && confident() && scenariosAllRight();
        }

        /**
         * Why an area is among those to work on, in one or two sentences that fit that heading: it is never a
         * strength there, so the words never say the learner is better than they think without saying what to do.
         */
        public String toWorkOn() {
            var level = level().orElseThrow().label();
            if (secondLook().isPresent()) {
                return secondLook().get();
            }
            if (confident()) {
                return "You rated yourself " + level + ", but not every scenario answer was the best one. "
                        + "The feedback below and the modules here can make this area a strength.";
            }
            if (scenariosAllRight()) {
                return "You rated yourself " + level + ", below Practising, though you answered its scenarios well. "
                        + "Putting what you know into practice will build your confidence here.";
            }
            return "You rated yourself " + level + ", and the scenarios agree this is an area to build.";
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
            var start = "You rated yourself " + level().orElseThrow().label() + "; ";
            if (scenariosAllRight()) {
                return start + (confident() ? "your scenario answers agree."
                        : "your scenario answers were the best ones, so you may know more than your rating says.");
            }
            return start + (confident() ? "the scenarios suggest a review."
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
            var missed = new ArrayList<Integer>();
            for (int i = 0; i < area.scenarios().size(); i++) {
                var scenario = area.scenarios().get(i);
                if (answers.choice(scenario.id()).filter(c -> c == scenario.correctOption()).isEmpty()) {
                    missed.add(i + 1);
                }
            }
            return new AreaResult(area, points, rated, notApplicable, missed, area.scenarios().size());
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
     * Two or three areas to work on, from those that are not strengths: the two with the lowest working level, and
     * a third when it too is below Practising. When every area assessed is a strength, there is none.
     */
    public List<AreaResult> priorities() {
        var candidates = areas.stream()
                .filter(AreaResult::assessed)
                .filter(a -> !a.strength())
                .sorted(Comparator.comparingDouble(AreaResult::workingLevel))
                .toList();
        var count = candidates.size() > 2 && candidates.get(2).workingLevel() < 2 ? 3 : Math.min(2, candidates.size());
        return candidates.subList(0, count);
    }

    /** The areas that are {@link AreaResult#strength() strengths}, strongest first; at most three. */
    public List<AreaResult> strengths() {
        return areas.stream()
                .filter(AreaResult::strength)
                .sorted(Comparator.comparingDouble((AreaResult a) -> a.mean().getAsDouble()).reversed())
                .limit(3)
                .toList();
    }

    /** The areas where the ratings and the scenarios disagree most, in framework order: see {@link AreaResult#secondLook()}. */
    public List<AreaResult> secondLooks() {
        return areas.stream().filter(AreaResult::worthASecondLook).toList();
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
