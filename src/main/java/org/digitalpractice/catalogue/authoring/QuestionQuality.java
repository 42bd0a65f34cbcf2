package org.digitalpractice.catalogue.authoring;

import org.digitalpractice.catalogue.AnswerOption;
import org.digitalpractice.catalogue.Question;
import org.digitalpractice.catalogue.ScenarioChoice;
import org.digitalpractice.catalogue.TrainingModule;
import java.util.ArrayList;
import java.util.List;

/**
 * Rules that keep a module's questions a test of judgement rather than of test-taking: the right answer must not
 * usually be the longest, and a multiple-answer question must not have every option but one right. Findings are
 * advice to the module's author, shown before publishing; they never stop a module loading.
 */
public final class QuestionQuality {

    /** The right answer may be the longest in at most this share of single-answer questions and scenario steps. */
    static final double LONGEST_RIGHT_SHARE = 1.0 / 3;

    public record Finding(String advice) {
    }

    private QuestionQuality() {
    }

    public static List<Finding> of(TrainingModule module) {
        var findings = new ArrayList<Finding>();
        int items = 0;
        var longest = new ArrayList<String>();
        for (var question : module.check().questions()) {
            if (question.type() == Question.Type.SINGLE) {
                items++;
                var texts = question.options().stream().map(AnswerOption::text).toList();
                int right = question.options().indexOf(question.correctOptions().get(0));
                if (isLongest(texts, right)) {
                    longest.add("question " + question.id());
                }
            } else if (question.options().size() >= 3
                    && question.correctOptions().size() == question.options().size() - 1) {
                findings.add(new Finding("Knowledge check question " + question.id() + ": every option but one is "
                        + "right, so a learner can pass it by spotting the odd one out. Make about two of four or five "
                        + "options right, and the others mistakes a practitioner might really make."));
            }
        }
        for (var step : module.scenario().steps()) {
            items++;
            var texts = step.choices().stream().map(ScenarioChoice::text).toList();
            if (isLongest(texts, step.choices().indexOf(step.bestChoice()))) {
                longest.add("scenario step " + step.id());
            }
        }
        if (items >= 3 && longest.size() > items * LONGEST_RIGHT_SHARE) {
            findings.add(new Finding("The right answer is the longest in " + longest.size() + " of " + items
                    + " single-answer questions and scenario steps (" + String.join(", ", longest) + "). A learner "
                    + "can pass by picking the longest answer. Shorten the right answers, or give the other options "
                    + "as much detail."));
        }
        return List.copyOf(findings);
    }

    /** Strictly longer than every other option: a tie gives nothing away. */
    private static boolean isLongest(List<String> texts, int index) {
        for (int i = 0; i < texts.size(); i++) {
            if (i != index && texts.get(i).length() >= texts.get(index).length()) {
                return false;
            }
        }
        return true;
    }
}
