package org.digitalpractice.lti.services;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Assignment and Grade Services 2.0: find or create a line item, post scores to it, and read its results. */
public final class AgsClient {

    public static final String SCOPE_LINE_ITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public static final String SCOPE_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    public static final String SCOPE_RESULT_READ = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";
    static final String LINE_ITEM = "application/vnd.ims.lis.v2.lineitem+json";
    static final String LINE_ITEMS = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    static final String SCORE = "application/vnd.ims.lis.v1.score+json";
    static final String RESULTS = "application/vnd.ims.lis.v2.resultcontainer+json";
    /** A container of line items longer than this many pages is not one any platform would send. */
    static final int MAX_PAGES = 100;

    private final ServiceHttp http;

    public AgsClient(ServiceHttp http) {
        this.http = http;
    }

    /** The scores URL of a line item: "/scores" goes before any query string (AGS 2.0, section 3.4). */
    public static URI scoresUrl(String lineItemUrl) {
        return below(lineItemUrl, "scores", null);
    }

    /** The results of one person in a line item (AGS 2.0, section 3.3): "/results" before the query string. */
    static URI resultsUrl(String lineItemUrl, String userId) {
        return below(lineItemUrl, "results", "user_id=" + encode(userId));
    }

    private static URI below(String lineItemUrl, String segment, String parameter) {
        var uri = URI.create(lineItemUrl);
        var query = uri.getRawQuery();
        var base = query == null ? lineItemUrl : lineItemUrl.substring(0, lineItemUrl.indexOf('?'));
        var path = base.endsWith("/") ? base + segment : base + "/" + segment;
        var parameters = query == null ? parameter : parameter == null ? query : query + "&" + parameter;
        return URI.create(parameters == null ? path : path + "?" + parameters);
    }

    public PlatformCall postScore(String lineItemUrl, String token, AgsScore score) {
        var json = Json.createObjectBuilder()
                .add("userId", score.userId())
                .add("activityProgress", score.activityProgress().json())
                .add("gradingProgress", score.gradingProgress().json())
                .add("timestamp", score.timestamp().toString());
        score.scoreGiven().ifPresent(given -> json.add("scoreGiven", given));
        score.scoreMaximum().ifPresent(maximum -> json.add("scoreMaximum", maximum));
        score.comment().ifPresent(comment -> json.add("comment", comment));
        return http.post(scoresUrl(lineItemUrl), token, SCORE, json.build().toString());
    }

    /**
     * The line item of a link with this tag, found in the container, or created; returns its URL or how it failed.
     * Every page of the container is read (Canvas gives 10 a page), so a column on a later page is never made twice.
     */
    public Result findOrCreate(String lineItemsUrl, String token, String resourceLinkId, String tag, String label,
                               double scoreMaximum, String resourceId) {
        var page = URI.create(lineItemsUrl + (lineItemsUrl.contains("?") ? "&" : "?")
                + "resource_link_id=" + encode(resourceLinkId) + "&tag=" + encode(tag));
        for (int pages = 0; page != null; pages++) {
            if (pages == MAX_PAGES) {
                return new Result(Optional.empty(), new PlatformCall.Refused(200, "the platform's line items "
                        + "container went on for more than " + MAX_PAGES + " pages"));
            }
            var found = http.getPage(page, token, LINE_ITEMS);
            if (!(found.call() instanceof PlatformCall.Done done)) {
                return new Result(Optional.empty(), found.call());
            }
            var existing = firstMatching(done.body(), resourceLinkId, tag, resourceId);
            if (existing.isPresent()) {
                return new Result(existing, done);
            }
            page = found.next().orElse(null);
        }
        var item = Json.createObjectBuilder()
                .add("label", label)
                .add("scoreMaximum", scoreMaximum)
                .add("resourceLinkId", resourceLinkId)
                .add("resourceId", resourceId)
                .add("tag", tag)
                .build().toString();
        var created = http.post(URI.create(lineItemsUrl), token, LINE_ITEM, item);
        if (!(created instanceof PlatformCall.Done made)) {
            return new Result(Optional.empty(), created);
        }
        return new Result(id(made.body()), created);
    }

    /** What the platform holds for one person in a line item, if anything; or the call that failed. */
    public Held result(String lineItemUrl, String token, String userId) {
        var call = http.get(resultsUrl(lineItemUrl, userId), token, RESULTS);
        if (!(call instanceof PlatformCall.Done done)) {
            return new Held(Optional.empty(), call);
        }
        try (var reader = Json.createReader(new StringReader(done.body()))) {
            for (JsonValue value : reader.readArray()) {
                var result = value.asJsonObject();
                // Some platforms send the user id as a JSON number.
                var held = result.get("userId");
                if (userId.equals(text(held)) || (held != null && userId.equals(held.toString()))) {
                    return new Held(Optional.of(new AgsResult(userId, number(result.get("resultScore")),
                            number(result.get("resultMaximum")), instant(text(result.get("timestamp"))))), call);
                }
            }
            return new Held(Optional.empty(), call);
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            return new Held(Optional.empty(), new PlatformCall.Refused(done.status(),
                    "the platform's results are not a JSON array of results: " + e.getMessage()));
        }
    }

    /** A person's result, when the platform holds one, and the call that read it. */
    public record Held(Optional<AgsResult> result, PlatformCall call) {
    }

    /** A line item's URL, or the call that failed to produce one. */
    public record Result(Optional<String> lineItemUrl, PlatformCall call) {
    }

    /**
     * Platforms may ignore the filter; check each item's own resource link and tag. Blackboard keeps no resource
     * link on a column the tool made (only Deep Linking sets one), so such a column is known by its resourceId.
     */
    static Optional<String> firstMatching(String container, String resourceLinkId, String tag, String resourceId) {
        try (var reader = Json.createReader(new StringReader(container))) {
            for (JsonValue value : reader.readArray()) {
                var item = value.asJsonObject();
                var link = text(item.get("resourceLinkId"));
                var ours = link == null ? resourceId.equals(text(item.get("resourceId"))) : resourceLinkId.equals(link);
                if (ours && tag.equals(text(item.get("tag")))) {
                    return Optional.ofNullable(text(item.get("id")));
                }
            }
            return Optional.empty();
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> id(String lineItem) {
        try (var reader = Json.createReader(new StringReader(lineItem))) {
            return Optional.ofNullable(text(reader.readObject().get("id")));
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static Optional<Double> number(JsonValue value) {
        return value instanceof jakarta.json.JsonNumber n ? Optional.of(n.doubleValue()) : Optional.empty();
    }

    private static Optional<Instant> instant(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : null;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
