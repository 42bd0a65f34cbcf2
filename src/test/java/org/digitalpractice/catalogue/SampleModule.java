package org.digitalpractice.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A small module that keeps every rule, as files that a test can break one at a time. */
public final class SampleModule {

    public static final String MODULE = """
            title: Sample module
            summary: Handle a friend request from a parent.
            minutes: 30
            audience: all
            pcf_domains: [1, 2]
            pass_mark: 80
            outcomes:
              - explain why you decline friend requests
              - decline a request kindly
              - know where to get advice
            reflection: What will you do differently?
            references:
              - id: swe
                title: Professional standards
                publisher: Social Work England
                url: https://www.socialworkengland.org.uk/standards/
                year: 2019
            """;

    public static final String FIRST_LESSON = """
            # First steps

            Read [the standards](#ref-swe) first.

            ## What to do

            - decline
            - tell your manager
            """;

    public static final String SCENARIO = """
            title: A friend request
            introduction: |
              You are **Sam**, a social worker.
            start: request
            steps:
              - id: request
                situation: |
                  A parent sends you a friend request.
                choices:
                  - text: Decline it and tell your manager.
                    best: true
                    feedback: Good.
                    consequence: Your manager thanks you.
                    next: supervision
                  - text: Accept it.
                    feedback: Risky.
                    consequence: Trouble follows.
                    next: end
              - id: supervision
                situation: In supervision you talk it through.
                choices:
                  - text: Agree a plan.
                    best: true
                    feedback: Good.
                    consequence: You have a plan.
                    next: visit
                  - text: Say nothing.
                    feedback: A missed chance.
                    consequence: Nothing changes.
                    next: visit
              - id: visit
                situation: On the next visit the parent asks why.
                choices:
                  - text: Explain the boundary kindly.
                    best: true
                    feedback: Clear and kind.
                    consequence: The parent understands.
                    next: end
                  - text: Change the subject.
                    feedback: Leaves confusion.
                    consequence: The parent is hurt.
                    next: end
            conclusion: |
              Decline requests and talk about them in supervision.
            """;

    /** Question qN starts on line 2 + 10 * (N - 1). */
    public static final String CHECK = "questions:\n" + IntStream.rangeClosed(1, 6)
            .mapToObj(n -> question("q" + n)).collect(Collectors.joining());

    public static String question(String id) {
        return """
                  - id: %s
                    type: single
                    text: Which is right?
                    options:
                      - text: This one.
                        correct: true
                        feedback: Yes, because it is.
                      - text: That one.
                        correct: false
                        feedback: No, because it is not.
                """.formatted(id);
    }

    private SampleModule() {
    }

    public static Map<String, String> files() {
        var files = new LinkedHashMap<String, String>();
        files.put("module.yaml", MODULE);
        files.put("lessons/01-first-steps.md", FIRST_LESSON);
        files.put("lessons/02-second.md", "# Second lesson\n\nMore text.\n");
        files.put("lessons/03-third.md", "# Third lesson\n\nThe last text.\n");
        files.put("scenario.yaml", SCENARIO);
        files.put("check.yaml", CHECK);
        return files;
    }

    public static Path write(Path modulesDir, String slug, Map<String, String> files) {
        var folder = modulesDir.resolve(slug);
        try {
            for (var file : files.entrySet()) {
                var path = folder.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /** Replaces the first {@code old}, failing if it is not there, so that a test never breaks nothing. */
    public static UnaryOperator<String> replacing(String old, String replacement) {
        return text -> {
            assertTrue(text.contains(old), "the sample does not contain: " + old);
            return text.replaceFirst(Pattern.quote(old),
                    Matcher.quoteReplacement(replacement));
        };
    }
}
