package org.digitalpractice.web;

/**
 * One row of a GOV.UK summary list ({@code web/summary-list.jte}): a key and its value as plain text, and an id for
 * the value where a test or a link needs to find it (null for none; jte then leaves the attribute out).
 */
public record SummaryRow(String key, String value, String valueId) {

    public SummaryRow(String key, String value) {
        this(key, value, null);
    }
}
