package org.digitalpractice.lti.services;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Names and Role Provisioning Services 2.0: a course's whole membership. Follows Link rel="next" to the last page,
 * since tools that read one page miss most of a large course.
 */
public final class NrpsClient {

    public static final String SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    static final String TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    static final int MAX_PAGES = 10_000;

    /** One member. Name and email are present only when the platform shares them. */
    public record Member(String userId, String status, List<String> roles, Optional<String> name,
                         Optional<String> email) {
    }

    /** Every member, or the call that stopped the fetch. */
    public record Roster(List<Member> members, Optional<PlatformCall> failure, int pages) {
    }

    private final ServiceHttp http;

    public NrpsClient(ServiceHttp http) {
        this.http = http;
    }

    public Roster members(String membershipsUrl, String token) {
        var members = new ArrayList<Member>();
        var seen = new HashSet<URI>();
        Optional<URI> next = Optional.of(URI.create(membershipsUrl));
        int pages = 0;
        while (next.isPresent() && seen.add(next.get()) && pages < MAX_PAGES) {
            var page = http.getPage(next.get(), token, TYPE);
            if (!(page.call() instanceof PlatformCall.Done done)) {
                return new Roster(List.copyOf(members), Optional.of(page.call()), pages);
            }
            pages++;
            try (var reader = Json.createReader(new StringReader(done.body()))) {
                for (JsonValue value : reader.readObject().getJsonArray("members")) {
                    member(value.asJsonObject()).ifPresent(members::add);
                }
            } catch (JsonException | IllegalStateException | NullPointerException | ClassCastException e) {
                return new Roster(List.copyOf(members), Optional.of(new PlatformCall.Refused(done.status(),
                        "the membership page is not a membership container")), pages);
            }
            next = page.next();
        }
        return new Roster(List.copyOf(members), Optional.empty(), pages);
    }

    private static Optional<Member> member(JsonObject json) {
        var userId = text(json, "user_id");
        if (userId.isEmpty()) {
            return Optional.empty();
        }
        var roles = new ArrayList<String>();
        if (json.get("roles") instanceof jakarta.json.JsonArray array) {
            array.forEach(role -> {
                if (role instanceof JsonString s) {
                    roles.add(s.getString());
                }
            });
        }
        var name = text(json, "name").or(() -> text(json, "given_name")
                .map(given -> given + text(json, "family_name").map(f -> " " + f).orElse("")));
        return Optional.of(new Member(userId.get(), text(json, "status").orElse("Active"), List.copyOf(roles), name,
                text(json, "email")));
    }

    private static Optional<String> text(JsonObject json, String key) {
        return json.get(key) instanceof JsonString s && !s.getString().isBlank()
                ? Optional.of(s.getString()) : Optional.empty();
    }
}
