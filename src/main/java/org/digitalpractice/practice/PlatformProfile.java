package org.digitalpractice.practice;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;

/**
 * The real platform a practice council behaves like, so that tests meet the rules the tool meets in a council.
 * Each behaviour, with its source, is in docs/platforms.md; add one there before adding it here.
 */
public enum PlatformProfile {
    MOODLE_4("moodle-4"),
    CANVAS("canvas"),
    BRIGHTSPACE("brightspace"),
    BLACKBOARD("blackboard");

    private final String name;

    PlatformProfile(String name) {
        this.name = name;
    }

    public String profileName() {
        return name;
    }

    public static Optional<PlatformProfile> named(String name) {
        return Arrays.stream(values()).filter(p -> p.name.equals(name)).findFirst();
    }

    /**
     * Why this platform refuses a score of {@code timestamp} when the grade it holds is stamped {@code held}, if it
     * does. Moodle refuses (409) unless the score is after the stamp at one-second resolution (scores.php); Canvas
     * refuses (400) a score older than the result's timestamp, equal allowed (scores_controller.rb).
     */
    public Optional<PracticeGradebook.Refusal> refusal(String lineItem, String user, Instant held, Instant timestamp) {
        return switch (this) {
            case MOODLE_4 -> held.isBefore(timestamp.truncatedTo(ChronoUnit.SECONDS)) ? Optional.empty()
                    : Optional.of(new PracticeGradebook.Refusal(409, "Refusing score with an earlier timestamp for "
                    + "item " + lineItem + " and user " + user));
            case CANVAS -> held.isAfter(timestamp) ? Optional.of(new PracticeGradebook.Refusal(400,
                    "Provided timestamp of " + timestamp + " before last updated timestamp of " + held))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    /**
     * The time a grade carries. Moodle stamps an activity's grade with the score's arrival, and a column the tool
     * made (a manual item) with the score's own timestamp when it has a score; Canvas keeps the score's timestamp.
     */
    public Instant stampOf(Instant timestamp, Instant arrived, boolean scored, boolean madeByTool) {
        if (this == MOODLE_4) {
            return (madeByTool && scored ? timestamp : arrived).truncatedTo(ChronoUnit.SECONDS);
        }
        return timestamp;
    }

    /** Moodle and Canvas replace the grade with each score they accept; the others keep the newest by timestamp. */
    public boolean keepsLastAccepted() {
        return this == MOODLE_4 || this == CANVAS;
    }

    /** Moodle keeps scoreGiven only when gradingProgress is FullyGraded (scores.php). */
    public boolean dropsScoreUnlessFullyGraded() {
        return this == MOODLE_4;
    }

    /** A score for someone who is not a learner of the course: Moodle 400, Canvas 422. */
    public int notAStudentStatus() {
        return this == CANVAS ? 422 : 400;
    }

    /** Moodle keeps a launch in the session under the hint's launch id and removes it on first use (auth.php). */
    public boolean singleUseMessageHint() {
        return this == MOODLE_4;
    }

    /** How long an id_token lives: Moodle 60 s (lti_sign_jwt), Canvas an hour (jwt_message.rb). */
    public java.time.Duration idTokenLifetime() {
        return switch (this) {
            case MOODLE_4 -> java.time.Duration.ofSeconds(60);
            case CANVAS -> java.time.Duration.ofHours(1);
            default -> java.time.Duration.ofMinutes(5);
        };
    }

    /**
     * The roles of a member in the roster service. Moodle writes context roles as short names ("Learner",
     * "Instructor") and keeps other roles as URIs (memberships.php).
     */
    public java.util.List<String> rosterRoles(java.util.List<String> roles) {
        if (this != MOODLE_4) {
            return roles;
        }
        return roles.stream().map(role -> role.startsWith(PracticeRoster.LIS)
                ? role.substring(PracticeRoster.LIS.length()) : role).toList();
    }

    /** One page of a list: which items, and the page after it if there is one. */
    public record Page(int page, int size, int total) {
        public <T> java.util.List<T> slice(java.util.List<T> items) {
            int from = Math.min(items.size(), (page - 1) * size);
            return items.subList(from, Math.min(items.size(), from + size));
        }

        public Optional<Page> next() {
            return page * size < total ? Optional.of(new Page(page + 1, size, total)) : Optional.empty();
        }
    }

    /**
     * How the line items container is paged. Canvas pages every list, 10 items unless per_page asks for up to 100
     * (lib/api.rb); the others here return every item in one answer.
     */
    public Page lineItemPaging(Integer page, Integer perPage, int total) {
        if (this != CANVAS) {
            return new Page(1, Math.max(1, total), total);
        }
        int size = perPage == null || perPage < 1 ? 10 : Math.min(perPage, 100);
        return new Page(page == null || page < 1 ? 1 : page, size, total);
    }

    /** The most members a roster page holds: Canvas 50, whatever limit asks (memberships_provider.rb). */
    public int rosterPageCap() {
        return this == CANVAS ? 50 : 1000;
    }

    /** The roster page size when the tool asks for none: Canvas 50; here 100 for the others. */
    public int rosterPageDefault() {
        return this == CANVAS ? 50 : 100;
    }

    /**
     * Whether the platform offers LTI platform storage to an embedded launch (lti_storage_target). Moodle 4 does
     * not (lti_build_login_request); Canvas always names a target, _parent or post_message_forwarding
     * (platform_storage.rb); Blackboard always sends one (its authentication docs).
     */
    public boolean offersPlatformStorage() {
        return this != MOODLE_4;
    }
}
