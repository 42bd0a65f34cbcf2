package org.digitalpractice.infrastructure;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV rows (RFC 4180) that spreadsheet programs open safely: fields are quoted when needed, and a field that a
 * spreadsheet would run as a formula (=, +, -, @) is prefixed with an apostrophe.
 */
public final class Csv {

    private Csv() {
    }

    public static String row(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        var safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
