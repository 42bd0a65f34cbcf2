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

    /** One page of a list, from an offset: which items, and the page after it if there is one. */
    public record Page(int from, int size, int total) {
        public <T> java.util.List<T> slice(java.util.List<T> items) {
            int start = Math.min(items.size(), from);
            return items.subList(start, Math.min(items.size(), start + size));
        }

        public Optional<Page> next() {
            return from + size < total ? Optional.of(new Page(from + size, size, total)) : Optional.empty();
        }
    }

    /**
     * How the line items container is paged. Canvas pages every list, 10 items unless per_page (up to 100) or the
     * LTI limit asks otherwise (lib/api.rb, gradebook_services.rb); Moodle pages only when the tool sends limit,
     * from an offset (lineitems.php); the others here return every item in one answer.
     */
    public Page lineItemPaging(Integer page, Integer perPage, Integer limit, Integer from, int total) {
        return switch (this) {
            case CANVAS -> {
                int size = limit != null && limit > 0 ? limit
                        : perPage == null || perPage < 1 ? 10 : Math.min(perPage, 100);
                yield new Page(((page == null || page < 1 ? 1 : page) - 1) * size, size, total);
            }
            case MOODLE_4 -> limit == null || limit < 1 ? new Page(0, Math.max(1, total), total)
                    : new Page(from == null || from < 0 ? 0 : from, limit, total);
            default -> new Page(0, Math.max(1, total), total);
        };
    }

    /**
     * The Link header that points to the next page. Canvas names it by page and per_page; Moodle by limit and
     * from, and writes its line items' header with typographic quotes (rel=“next”), which a strict parser misses.
     */
    public String nextLineItemsLink(jakarta.ws.rs.core.UriBuilder request, Page next) {
        if (this == MOODLE_4) {
            return "<" + request.replaceQueryParam("limit", next.size()).replaceQueryParam("from", next.from())
                    .build() + asUtf8Bytes(">; rel=\u201cnext\u201d");
        }
        return "<" + request.replaceQueryParam("page", next.from() / next.size() + 1)
                .replaceQueryParam("per_page", next.size()).build() + ">; rel=\"next\"";
    }

    /**
     * Refuses a service call as the platform would when it has no User-Agent: Canvas answers 403 (enforced on
     * production from 17 January 2026, Instructure's "Enforcing User-Agent Header for Canvas API Requests").
     */
    public void requireUserAgent(String userAgent) {
        if (this == CANVAS && (userAgent == null || userAgent.isBlank())) {
            throw new jakarta.ws.rs.WebApplicationException(jakarta.ws.rs.core.Response.status(403)
                    .entity("{\"errors\":[{\"message\":\"A User-Agent header is required\"}]}")
                    .type("application/json").build());
        }
    }

    /** A header value whose characters are the UTF-8 bytes of {@code text}, as PHP sends them. */
    private static String asUtf8Bytes(String text) {
        return new String(text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1);
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
     * The frame an embedded launch may keep values in (lti_storage_target), if the platform offers one. Moodle 4
     * offers none (lti_build_login_request); Canvas names post_message_forwarding, a sibling frame on its own
     * domain, when its lti_platform_storage flag is on, as it is here (platform_storage.rb); Blackboard always
     * sends a target (its authentication docs), and Brightspace is taken to do the same.
     */
    public Optional<String> storageTarget() {
        return switch (this) {
            case MOODLE_4 -> Optional.empty();
            case CANVAS -> Optional.of("post_message_forwarding");
            default -> Optional.of("_parent");
        };
    }

    /**
     * Whether login initiation is a form posted to the tool rather than a redirect. Moodle auto-submits a POST form
     * (lti_initiate_login); Blackboard redirects with query parameters (its authentication docs).
     */
    public boolean postsLoginInitiation() {
        return this == MOODLE_4;
    }
}
