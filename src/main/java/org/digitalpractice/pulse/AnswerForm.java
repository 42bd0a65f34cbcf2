package org.digitalpractice.pulse;

import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.pulse.questions.PulseQuestions;
import org.digitalpractice.web.ErrorLink;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pulse form as a learner filled it in: the options chosen for each question ({@code answer-<question>}) and
 * the words typed in a question's box ({@code text-<question>}), checked against the questions.
 */
public record AnswerForm(Map<String, List<String>> chosen, Map<String, String> texts) {

    static final String ANSWER = "answer-";
    static final String TEXT = "text-";

    /** A question answered wrongly: the message for the error summary and the question, and the field it is about. */
    public record AnswerError(String id, String message) implements ErrorLink {
        @Override
        public String href() {
            return "#" + id;
        }
    }

    public static AnswerForm empty() {
        return new AnswerForm(Map.of(), Map.of());
    }

    /** The form filled in with a learner's own earlier answers, for them to change. */
    static AnswerForm of(Answers answers) {
        return new AnswerForm(answers.chosen(), answers.freeText());
    }

    /**
     * Reads the posted fields. What the page never offers (a question or an option that is not in the questions,
     * two options for a one-option question, words for a question without a box) is refused as a bad request, since
     * only a changed page or a script sends it; nothing is stored then.
     */
    static AnswerForm read(PulseQuestions questions, Map<String, List<String>> fields) {
        for (var name : fields.keySet()) {
            var id = name.startsWith(ANSWER) ? name.substring(ANSWER.length())
                    : name.startsWith(TEXT) ? name.substring(TEXT.length()) : null;
            if (id != null && questions.question(id).isEmpty()) {
                throw refused("The form sent an answer to a question the practice pulse does not have ('" + id + "').");
            }
        }
        var chosen = new LinkedHashMap<String, List<String>>();
        var texts = new LinkedHashMap<String, String>();
        for (var question : questions.questions()) {
            var sent = fields.getOrDefault(ANSWER + question.id(), List.of()).stream().distinct().toList();
            for (var optionId : sent) {
                if (question.option(optionId).isEmpty()) {
                    throw refused("'" + optionId + "' is not an option of the question '" + question.text() + "'.");
                }
            }
            if (!question.multiple() && sent.size() > 1) {
                throw refused("The question '" + question.text() + "' takes one option, and the form sent "
                        + sent.size() + ".");
            }
            // Kept in the questions' order, whatever order the browser sent them in.
            chosen.put(question.id(), question.options().stream().map(PulseQuestions.Option::id)
                    .filter(sent::contains).toList());
            var text = fields.getOrDefault(TEXT + question.id(), List.of()).stream().findFirst()
                    // The character count counts a line break as one character; browsers send two.
                    .map(t -> t.replace("\r\n", "\n").strip()).orElse("");
            if (!text.isEmpty()) {
                if (question.options().stream().noneMatch(o -> o.freeText().isPresent())) {
                    throw refused("The question '" + question.text() + "' has no box for your own words.");
                }
                texts.put(question.id(), text);
            }
        }
        return new AnswerForm(chosen, texts);
    }

    private static Problem refused(String detail) {
        return Problem.badRequest(detail + " Nothing was saved.",
                "Go back to the practice pulse, reload the page and answer again.");
    }

    /** What is missing or wrong, question by question, in the words the GOV.UK error summary uses. */
    List<AnswerError> errors(PulseQuestions questions) {
        var errors = new ArrayList<AnswerError>();
        for (var question : questions.questions()) {
            var picked = chosen(question.id());
            var field = ANSWER + question.id();
            if (picked.isEmpty()) {
                errors.add(new AnswerError(field, question.multiple()
                        ? "Select at least one answer to ‘" + question.text() + "’"
                        : "Select an answer to ‘" + question.text() + "’"));
                continue;
            }
            var exclusive = question.options().stream().filter(o -> o.exclusive() && picked.contains(o.id()))
                    .findFirst();
            if (exclusive.isPresent() && picked.size() > 1) {
                errors.add(new AnswerError(field, "Select ‘" + exclusive.get().text()
                        + "’ or other answers, not both, for ‘" + question.text() + "’"));
            } else if (question.atMost().isPresent() && picked.size() > question.atMost().getAsInt()) {
                errors.add(new AnswerError(field, "Select up to " + question.atMost().getAsInt() + " answers to ‘"
                        + question.text() + "’"));
            }
            if (text(question.id()).length() > PulseQuestions.FREE_TEXT_LIMIT) {
                errors.add(new AnswerError(TEXT + question.id(), "Your own words for ‘" + question.text()
                        + "’ must be " + PulseQuestions.FREE_TEXT_LIMIT + " characters or fewer"));
            }
        }
        return errors;
    }

    /**
     * The answers to store. Words typed into a box whose option was not chosen are dropped, as GOV.UK does with the
     * fields of a choice that was not made (without JavaScript every box shows).
     */
    Answers answers(PulseQuestions questions) {
        var words = new LinkedHashMap<String, String>();
        for (var question : questions.questions()) {
            var boxed = question.options().stream().filter(o -> o.freeText().isPresent()).findFirst();
            if (boxed.isPresent() && chose(question.id(), boxed.get().id()) && !text(question.id()).isEmpty()) {
                words.put(question.id(), text(question.id()));
            }
        }
        return new Answers(chosen, words);
    }

    public List<String> chosen(String questionId) {
        return chosen.getOrDefault(questionId, List.of());
    }

    public boolean chose(String questionId, String optionId) {
        return chosen(questionId).contains(optionId);
    }

    public String text(String questionId) {
        return texts.getOrDefault(questionId, "");
    }
}
