package org.digitalpractice.lti;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Assignment and Grade Services 2.0: find or create a line item, and post scores to it. */
public final class AgsClient {

    public static final String SCOPE_LINE_ITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public static final String SCOPE_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    static final String LINE_ITEM = "application/vnd.ims.lis.v2.lineitem+json";
    static final String LINE_ITEMS = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    static final String SCORE = "application/vnd.ims.lis.v1.score+json";

    private final ServiceHttp http;

    public AgsClient(ServiceHttp http) {
        this.http = http;
    }

    /** The scores URL of a line item: "/scores" goes before any query string (AGS 2.0, section 3.4). */
    public static URI scoresUrl(String lineItemUrl) {
        var uri = URI.create(lineItemUrl);
        var query = uri.getRawQuery();
        var base = query == null ? lineItemUrl : lineItemUrl.substring(0, lineItemUrl.indexOf('?'));
        var path = base.endsWith("/") ? base + "scores" : base + "/scores";
        return URI.create(query == null ? path : path + "?" + query);
    }

    public PlatformCall postScore(String lineItemUrl, String token, AgsScore score) {
        var json = Json.createObjectBuilder()
                .add("userId", score.userId())
                .add("activityProgress", score.activityProgress())
                .add("gradingProgress", score.gradingProgress())
                .add("timestamp", score.timestamp().toString());
        score.scoreGiven().ifPresent(given -> json.add("scoreGiven", given));
        score.scoreMaximum().ifPresent(maximum -> json.add("scoreMaximum", maximum));
        score.comment().ifPresent(comment -> json.add("comment", comment));
        return http.post(scoresUrl(lineItemUrl), token, SCORE, json.build().toString());
    }

    /** The line item of a link with this tag, found in the container, or created; returns its URL or how it failed. */
    public Result findOrCreate(String lineItemsUrl, String token, String resourceLinkId, String tag, String label,
                               double scoreMaximum, String resourceId) {
        var search = URI.create(lineItemsUrl + (lineItemsUrl.contains("?") ? "&" : "?")
                + "resource_link_id=" + encode(resourceLinkId) + "&tag=" + encode(tag));
        var found = http.get(search, token, LINE_ITEMS);
        if (!(found instanceof PlatformCall.Done done)) {
            return new Result(Optional.empty(), found);
        }
        var existing = firstMatching(done.body(), resourceLinkId, tag);
        if (existing.isPresent()) {
            return new Result(existing, found);
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

    /** A line item's URL, or the call that failed to produce one. */
    public record Result(Optional<String> lineItemUrl, PlatformCall call) {
    }

    /** Platforms may ignore the filter; check each item's own resource link and tag. */
    static Optional<String> firstMatching(String container, String resourceLinkId, String tag) {
        try (var reader = Json.createReader(new StringReader(container))) {
            for (JsonValue value : reader.readArray()) {
                var item = value.asJsonObject();
                if (resourceLinkId.equals(text(item.get("resourceLinkId"))) && tag.equals(text(item.get("tag")))) {
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

    private static String text(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : null;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
