package org.digitalpractice.catalogue.authoring.forms;

import org.digitalpractice.catalogue.authoring.ContentYaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A draft's {@code check.yaml} as the list of question forms, and back. */
public record CheckForm(List<QuestionForm> questions) {

    public CheckForm {
        questions = List.copyOf(questions);
    }

    public static CheckForm of(String checkYaml) {
        return new CheckForm(FormText.items(FormText.load(checkYaml).get("questions")).stream()
                .map(QuestionForm::of).toList());
    }

    /** The question at {@code index}, or a new one added at the end when {@code index} is the number of questions. */
    CheckForm with(int index, QuestionForm question) {
        var changed = new ArrayList<>(questions);
        if (index == questions.size()) {
            changed.add(question);
        } else {
            changed.set(index, question);
        }
        return new CheckForm(changed);
    }

    CheckForm without(int index) {
        var changed = new ArrayList<>(questions);
        changed.remove(index);
        return new CheckForm(changed);
    }

    /** An id no question has; existing questions keep theirs, as learners' answers are recorded by question id. */
    String newId() {
        var n = questions.size() + 1;
        while (ids().contains("q" + n)) {
            n++;
        }
        return "q" + n;
    }

    private List<String> ids() {
        return questions.stream().map(QuestionForm::id).toList();
    }

    String toYaml() {
        return ContentYaml.dump(Map.of("questions", questions.stream().map(QuestionForm::toYaml).toList()));
    }
}
