package org.digitalpractice.privacy;

import java.util.List;

/**
 * One kind of record held about a person, as it goes into a subject access export: a JSON and a CSV file named
 * {@code file}, and a paragraph of README.txt saying what it is and what each column means.
 *
 * @param rows each row's values in the order of {@code columns}: null, text, a number, true or false, an
 *             {@link java.time.Instant} or a {@link java.time.LocalDate}
 */
public record Section(String file, String title, String explanation, List<Column> columns, List<List<Object>> rows) {

    /** A column of a section, with its meaning in plain English. */
    public record Column(String name, String meaning) {
    }

    public Section {
        columns = List.copyOf(columns);
        rows = rows.stream().map(row -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row))).toList();
        for (var row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("A row of " + file + " has " + row.size() + " values for "
                        + columns.size() + " columns");
            }
        }
    }

    /** The same section with these rows, for a reader that knows its columns before it reads the data. */
    public Section with(List<List<Object>> rows) {
        return new Section(file, title, explanation, columns, rows);
    }
}
