package org.digitalpractice.pulse.questions;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One version of the pulse: its title, how long it takes, why it is asked (as HTML from Markdown), and its questions,
 * exactly one of which asks what support people want.
 */
public record PulseQuestions(String title, int minutes, String introductionHtml, List<Question> questions) {

    /**
     * The longest answer in an option's own words. Fixed by the tool, not the file: the database column holds this
     * much, and a short answer is what a five-minute pulse asks for.
     */
    public static final int FREE_TEXT_LIMIT = 500;

    public enum Type {
        /** Radios: one option. */
        SINGLE,
        /** Checkboxes: one or more options. */
        MULTIPLE
    }

    /**
     * A question every learner answers. {@code atMost} limits how many options a multiple question takes;
     * {@code support} marks the question about the support people want.
     */
    public record Question(String id, Type type, String text, Optional<String> hint, OptionalInt atMost,
                           boolean support, List<Option> options) {

        public Optional<Option> option(String id) {
            return options.stream().filter(o -> o.id().equals(id)).findFirst();
        }

        public boolean multiple() {
            return type == Type.MULTIPLE;
        }
    }

    /**
     * An option. {@code exclusive} options ("None of these") are chosen alone; {@code modules} are the slugs of the
     * modules that meet the need it names; {@code freeText} is the label of a box for the learner's own words.
     */
    public record Option(String id, String text, boolean exclusive, List<String> modules, Optional<String> freeText) {
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** The question about the support people want: the reader makes sure there is exactly one. */
    public Question support() {
        return questions.stream().filter(Question::support).findFirst().orElseThrow();
    }
}
