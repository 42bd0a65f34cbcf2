package org.digitalpractice.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** The nine domains of the Professional Capabilities Framework for social work (BASW), by number. */
public enum PcfDomain {
    PROFESSIONALISM(1, "Professionalism"),
    VALUES_AND_ETHICS(2, "Values and ethics"),
    DIVERSITY_AND_EQUALITY(3, "Diversity and equality"),
    RIGHTS_JUSTICE(4, "Rights, justice and economic wellbeing"),
    KNOWLEDGE(5, "Knowledge"),
    CRITICAL_REFLECTION(6, "Critical reflection and analysis"),
    SKILLS_AND_INTERVENTIONS(7, "Skills and interventions"),
    CONTEXTS_AND_ORGANISATIONS(8, "Contexts and organisations"),
    PROFESSIONAL_LEADERSHIP(9, "Professional leadership");

    private final int number;
    private final String title;

    PcfDomain(int number, String title) {
        this.number = number;
        this.title = title;
    }

    public static Optional<PcfDomain> numbered(int number) {
        return Arrays.stream(values()).filter(d -> d.number == number).findFirst();
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    /** As a trainer reads it in a list: "1 Professionalism". */
    public String label() {
        return number + " " + title;
    }
}
