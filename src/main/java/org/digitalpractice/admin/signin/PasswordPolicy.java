package org.digitalpractice.admin.signin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be, after the NCSC's password guidance: long rather than complex (12 characters at
 * least, so that three random words fit; 128 at most), and not one that is common or easy to guess (a deny list,
 * also with digits and symbols added at either end, the person's own name, one character repeated or a run such
 * as "abcdefghijkl"). There are no rules about mixing character types, and passwords never expire.
 */
public final class PasswordPolicy {

    public static final int SHORTEST = 12;
    public static final int LONGEST = 128;
    static final String DENY_LIST = "common-passwords.txt";

    private static final PasswordPolicy STANDARD = new PasswordPolicy(load());

    private final Set<String> common;

    PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    public static PasswordPolicy standard() {
        return STANDARD;
    }

    /** Why this password may not be used by the administrator with this username, if it may not. */
    public Optional<String> problem(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password");
        }
        var length = password.codePointCount(0, password.length());
        if (length < SHORTEST) {
            return Optional.of("Password must be " + SHORTEST + " characters or more");
        }
        if (length > LONGEST) {
            return Optional.of("Password must be " + LONGEST + " characters or fewer");
        }
        var lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("Password must not contain your username");
        }
        if (common.contains(lower) || common.contains(stem(lower)) || oneRun(lower)) {
            return Optional.of("Password is too common or easy to guess: try three random words, such as "
                    + "'window kettle ferry'");
        }
        return Optional.empty();
    }

    /** The password without the digits, symbols and spaces people put before or after a common word. */
    static String stem(String password) {
        int start = 0;
        int end = password.length();
        while (start < end && !Character.isLetter(password.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(password.charAt(end - 1))) {
            end--;
        }
        return password.substring(start, end);
    }

    /** One character repeated, or characters that each come straight after (or before) the one before. */
    static boolean oneRun(String password) {
        var points = password.codePoints().toArray();
        boolean same = true;
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < points.length; i++) {
            same &= points[i] == points[i - 1];
            up &= points[i] == points[i - 1] + 1;
            down &= points[i] == points[i - 1] - 1;
        }
        return same || up || down;
    }

    private static Set<String> load() {
        var words = new HashSet<String>();
        var stream = PasswordPolicy.class.getResourceAsStream(DENY_LIST);
        if (stream == null) {
            throw new IllegalStateException("The deny list of common passwords is missing: " + DENY_LIST);
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the deny list of common passwords", e);
        }
        return words;
    }
}
