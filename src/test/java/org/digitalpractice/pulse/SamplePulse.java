package org.digitalpractice.pulse;

import org.digitalpractice.pulse.questions.PulseQuestions;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** A small pulse for tests: a multiple question with a box and a "none", a single question, and the support one. */
public final class SamplePulse {

    public static final PulseQuestions.Option OTHER = new PulseQuestions.Option("other", "Something else", false, List.of(),
            Optional.of("What else?"));
    public static final PulseQuestions.Question DEVICES = new PulseQuestions.Question("devices",
            PulseQuestions.Type.MULTIPLE, "Which do you use?", Optional.empty(), OptionalInt.empty(), false, List.of(
            option("laptop", "A laptop"), option("phone", "A phone"), OTHER,
            new PulseQuestions.Option("none", "None of these", true, List.of(), Optional.empty())));
    public static final PulseQuestions.Question CONFIDENCE = new PulseQuestions.Question("confidence",
            PulseQuestions.Type.SINGLE, "How confident are you?", Optional.empty(), OptionalInt.empty(), false,
            List.of(option("not", "Not confident"), option("fairly", "Fairly confident"), option("very", "Very confident")));
    public static final PulseQuestions.Question SUPPORT = new PulseQuestions.Question("support",
            PulseQuestions.Type.MULTIPLE, "What would help?", Optional.empty(), OptionalInt.of(2), true, List.of(
            new PulseQuestions.Option("training", "Training", false, List.of("boundaries-online"), Optional.empty()),
            option("kit", "Better kit"), option("time", "Time")));
    public static final PulseQuestions QUESTIONS = new PulseQuestions("Sample pulse", 3, "<p>Why.</p>",
            List.of(DEVICES, CONFIDENCE, SUPPORT));

    private SamplePulse() {
    }

    public static PulseQuestions.Option option(String id, String text) {
        return new PulseQuestions.Option(id, text, false, List.of(), Optional.empty());
    }
}
