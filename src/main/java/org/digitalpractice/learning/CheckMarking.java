package org.digitalpractice.learning;

import org.digitalpractice.catalogue.KnowledgeCheck;
import org.digitalpractice.catalogue.Question;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Marks a knowledge check. A question is right when exactly its correct options were chosen; the score is the
 * percentage of questions right, and the learner passes at the module's pass mark.
 */
public final class CheckMarking {

    private CheckMarking() {
    }

    /** A marked attempt: the options chosen per question id, which questions were right, and the result. */
    public record Marked(Map<String, Set<Integer>> answers, Map<String, Boolean> right, int score, boolean passed) {
    }

    /** Questions the learner must still answer, by id, in order; empty when every question has an answer. */
    public static List<String> unanswered(KnowledgeCheck check, Map<String, Set<Integer>> answers) {
        return check.questions().stream()
                .map(Question::id)
                .filter(id -> answers.getOrDefault(id, Set.of()).isEmpty())
                .toList();
    }

    public static Marked mark(KnowledgeCheck check, int passMark, Map<String, Set<Integer>> answers) {
        var right = new LinkedHashMap<String, Boolean>();
        for (var question : check.questions()) {
            var chosen = answers.getOrDefault(question.id(), Set.of());
            var correct = new TreeSet<Integer>();
            for (int i = 0; i < question.options().size(); i++) {
                if (question.options().get(i).correct()) {
                    correct.add(i);
                }
            }
            right.put(question.id(), correct.equals(new TreeSet<>(chosen)));
        }
        long rightCount = right.values().stream().filter(Boolean::booleanValue).count();
        int score = (int) Math.round(100.0 * rightCount / check.questions().size());
        return new Marked(Map.copyOf(answers), right, score, score >= passMark);
    }

    /** "q1=0;q2=1,2": the stored form of the options chosen. */
    static String encode(Map<String, Set<Integer>> answers) {
        return answers.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + new TreeSet<>(e.getValue()).stream().map(String::valueOf)
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining(";"));
    }

    static Map<String, Set<Integer>> decode(String encoded) {
        var answers = new LinkedHashMap<String, Set<Integer>>();
        if (encoded == null || encoded.isBlank()) {
            return answers;
        }
        for (var pair : encoded.split(";")) {
            var parts = pair.split("=", 2);
            answers.put(parts[0], parts.length < 2 || parts[1].isEmpty() ? Set.of()
                    : Arrays.stream(parts[1].split(",")).map(Integer::valueOf).collect(Collectors.toSet()));
        }
        return answers;
    }
}
