package org.digitalpractice.learning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The order a learner sees a question's options or a step's choices in. Shuffled, so that where an answer sits
 * gives nothing away; the same each time the learner comes back within one attempt, so the page does not jump.
 * Options keep their own numbers: answers are marked by those, never by position.
 */
final class OptionOrder {

    private OptionOrder() {
    }

    static List<Integer> of(String seed, int size) {
        var order = new ArrayList<Integer>(size);
        for (int i = 0; i < size; i++) {
            order.add(i);
        }
        // String.hashCode is defined by the language, so the order is the same on every node and after restarts.
        Collections.shuffle(order, new Random(seed.hashCode()));
        return List.copyOf(order);
    }

    /**
     * A check's questions, for the attempt about to be made. Seeded by the person and the version, not by their
     * progress, so that the order shown before the module starts (a GET starts nothing) is kept once it does.
     */
    static String check(LearnerProgress.Visit visit, String questionId) {
        return seed(visit) + "/check/" + (visit.progress().map(ModuleProgress::checkAttempts).orElse(0) + 1) + "/"
                + questionId;
    }

    /** A scenario step, for this run through the scenario (a restart starts a new trail). */
    static String step(LearnerProgress.Visit visit, String stepId) {
        return seed(visit) + "/step/" + stepId + "/"
                + visit.progress().map(p -> p.scenarioTrail().size()).orElse(0);
    }

    private static String seed(LearnerProgress.Visit visit) {
        return visit.viewer().person().id() + "/" + visit.offered().version().id();
    }
}
