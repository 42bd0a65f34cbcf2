package org.digitalpractice.privacy;

import java.util.List;

/**
 * Where one section of a subject access export comes from: the query that reads it, and what the query is given
 * to find the person's rows.
 */
record Source(Section section, String sql, Key key) {

    /** What a source's query is given, in the order of its parameters. */
    enum Key {
        /** The person's record id. */
        PERSON,
        /** Their platform user id, then their council (deployment). */
        SUBJECT_IN_COUNCIL,
        /** Their council, then their name as stored in text. */
        NAME_IN_COUNCIL,
        /** Their council's catalogue owner, then their name as stored in text. */
        NAME_IN_CATALOGUE
    }

    static Section.Column column(String name, String meaning) {
        return new Section.Column(name, meaning);
    }

    static Section section(String file, String title, String explanation, Section.Column... columns) {
        return new Section(file, title, explanation, List.of(columns), List.of());
    }
}
