package org.digitalpractice.catalogue;

import java.util.List;

/** A knowledge-check question. */
public record Question(String id, Type type, String text, List<AnswerOption> options) {

    public enum Type {
        /** Exactly one option is correct. */
        SINGLE,
        /** One or more options are correct; the learner must choose all of them. */
        MULTIPLE
    }

    public List<AnswerOption> correctOptions() {
        return options.stream().filter(AnswerOption::correct).toList();
    }
}
