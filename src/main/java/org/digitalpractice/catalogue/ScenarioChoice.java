package org.digitalpractice.catalogue;

/** One thing the learner could do at a step, and what follows from it. {@code next} is a step id or {@link #END}. */
public record ScenarioChoice(String text, boolean best, String feedback, String consequence, String next) {

    public static final String END = "end";

    public boolean ends() {
        return END.equals(next);
    }
}
