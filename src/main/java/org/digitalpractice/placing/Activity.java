package org.digitalpractice.placing;

import java.util.List;

/**
 * Something a trainer can place in a course: a module of the council's catalogue, or the self-assessment. The key
 * is the module's slug, or {@code self-assessment}; it names the activity in the link's custom parameters.
 */
public record Activity(String key, String title, String summary, int minutes, List<String> domains, String path,
                       boolean selfAssessment) {

    /**
     * A form field name (and element id) for this activity. Keys are slugs, which never hold "__", so one
     * activity's fields never look like another's.
     */
    public String field(String name) {
        return name + "__" + key;
    }

    public static String part(String field, String part) {
        return field + "__" + part;
    }
}
