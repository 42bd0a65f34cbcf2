package org.digitalpractice.catalogue;

/** One option of a question, with the feedback the learner sees after answering. */
public record AnswerOption(String text, boolean correct, String feedback) {
}
