package org.digitalpractice.catalogue.authoring.forms;

import jakarta.ws.rs.core.MultivaluedMap;
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.catalogue.authoring.ContentYaml;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the structured forms share: reading a content file into plain maps and lists for a form, and reading what a
 * trainer typed. Values are kept as typed; the module reader, not the form, says what is wrong with them.
 */
final class FormText {

    private FormText() {
    }

    static Map<String, Object> load(String yaml) {
        return ContentYaml.load(yaml);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Object list) {
        return list instanceof List<?> items ? items.stream().filter(Map.class::isInstance)
                .map(item -> (Map<String, Object>) item).toList() : List.of();
    }

    static String text(Object value) {
        return value == null ? "" : clean(String.valueOf(value));
    }

    /** YAML's true, or "true" quoted, as the reader takes it. */
    static boolean flag(Object value) {
        return Boolean.TRUE.equals(value) || value instanceof String s
                && List.of("true", "yes", "on").contains(s.strip().toLowerCase(Locale.ROOT));
    }

    static String field(MultivaluedMap<String, String> form, String name) {
        return clean(form.getFirst(name));
    }

    static boolean checked(MultivaluedMap<String, String> form, String name) {
        return form.containsKey(name);
    }

    /** How many rows of a repeated group the form posted, counting {@code option-0-text}, {@code option-1-text}... */
    static int rows(MultivaluedMap<String, String> form, String group) {
        var rows = 0;
        while (form.containsKey(group + "-" + rows + "-text")) {
            rows++;
        }
        return rows;
    }

    /** The row a "Remove" button names, if it was the one pressed. */
    static Optional<Integer> removed(MultivaluedMap<String, String> form, String button, int rows) {
        try {
            return Optional.ofNullable(form.getFirst(button)).map(Integer::parseInt).filter(i -> i >= 0 && i < rows);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Items (questions, steps) are numbered from 1 in the address; "new" is the one after the last. */
    static int index(int size, String number, String what) {
        if ("new".equals(number)) {
            return size;
        }
        try {
            var n = Integer.parseInt(number);
            if (n >= 1 && n <= size) {
                return n - 1;
            }
        } catch (NumberFormatException e) {
            // not found below
        }
        throw Problem.notFound("There is no " + what + " " + number + ".");
    }

    /** An item that exists, as the one to remove: not "new". */
    static int existing(int size, String number, String what) {
        var index = "new".equals(number) ? size : index(size, number, what);
        if (index == size) {
            throw Problem.notFound("There is no " + what + " " + number + ".");
        }
        return index;
    }

    static String clean(String value) {
        return Objects.requireNonNullElse(value, "").replace("\r\n", "\n").strip();
    }
}
