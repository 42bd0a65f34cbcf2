package org.digitalpractice.session;

/** The three kinds of user of Digital Practice. */
public enum ToolRole {
    LEARNER("Social worker", "/learn"),
    TRAINER("Trainer", "/author"),
    LEAD("Learning lead", "/insight");

    private final String label;
    private final String home;

    ToolRole(String label, String home) {
        this.label = label;
        this.home = home;
    }

    public String label() {
        return label;
    }

    /** The path of this role's home page. */
    public String home() {
        return home;
    }
}
