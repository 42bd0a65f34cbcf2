package org.digitalpractice.assessment.framework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A valid framework file of two areas ({@code sample-framework.yaml} beside this class), and that file with one
 * thing changed, so that a test of a rule says only what it breaks. Every change fails when the sample does not
 * hold the text it names: a test cannot pass by changing nothing.
 */
record SampleFrameworkFile(String text) {

    static SampleFrameworkFile sample() {
        try (var in = SampleFrameworkFile.class.getResourceAsStream("sample-framework.yaml")) {
            return new SampleFrameworkFile(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SampleFrameworkFile replacing(String from, String to) {
        at(from);
        return new SampleFrameworkFile(text.replace(from, to));
    }

    SampleFrameworkFile without(String part) {
        return replacing(part, "");
    }

    /** Replaces everything from {@code from} up to, not including, {@code upTo}. */
    SampleFrameworkFile replacingFrom(String from, String upTo, String with) {
        var start = at(from);
        var end = text.indexOf(upTo, start);
        if (end < 0) {
            throw new IllegalArgumentException("the sample has no '" + upTo + "' after '" + from + "'");
        }
        return new SampleFrameworkFile(text.substring(0, start) + with + text.substring(end));
    }

    /** Removes everything from {@code from} up to, not including, {@code upTo}. */
    SampleFrameworkFile withoutFrom(String from, String upTo) {
        return replacingFrom(from, upTo, "");
    }

    private int at(String part) {
        var index = text.indexOf(part);
        if (index < 0) {
            throw new IllegalArgumentException("the sample has no '" + part + "'");
        }
        return index;
    }
}
