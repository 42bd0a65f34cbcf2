package org.digitalpractice.lti.services;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * LTI Course Groups Service 1.0: a course's groups, and which of them each member is in. The service lists groups,
 * not their members, so membership is asked person by person ({@code user_id}), as the specification offers. Every
 * list follows Link rel="next" as NRPS does. A fetch stops, saying why, at the first failed call, at a limit on
 * pages, groups or people, or when it has taken longer than allowed: half a course's teams would mislead a lead.
 */
public final class GroupsClient {

    public static final String SCOPE = "https://purl.imsglobal.org/spec/lti-gs/scope/contextgroup.readonly";
    static final String TYPE = "application/vnd.ims.lti-gs.v1.contextgroupcontainer+json";
    /** The most pages of one list, groups kept and people asked about in one fetch. */
    static final int MAX_PAGES = 1_000;
    static final int MAX_GROUPS = 2_000;
    static final int MAX_PEOPLE = 10_000;
    /** The platform's words are cut to these lengths: the tool's columns hold no more. */
    static final int ID_LIMIT = 255;
    static final int NAME_LIMIT = 255;

    /** One group: the platform's id, its name, an optional tag and the group sets it belongs to. */
    public record Group(String id, String name, Optional<String> tag, List<String> setIds) {
    }

    /** Every group and each asked person's groups, or the reason the fetch stopped. */
    public record Groups(List<Group> groups, Map<String, Set<String>> membership, Optional<String> failure,
                         int calls) {
        public boolean complete() {
            return failure.isEmpty();
        }
    }

    private final ServiceHttp http;
    private final Clock clock;
    private final Duration timeLimit;

    public GroupsClient(ServiceHttp http, Clock clock, Duration timeLimit) {
        this.http = http;
        this.clock = clock;
        this.timeLimit = timeLimit;
    }

    /** The course's groups, and for each of {@code people} (platform user ids) the ids of their groups. */
    public Groups fetch(String groupsUrl, String token, List<String> people) {
        var deadline = clock.instant().plus(timeLimit);
        var calls = new int[1];
        var all = new LinkedHashMap<String, Group>();
        URI first;
        try {
            first = URI.create(groupsUrl);
        } catch (IllegalArgumentException e) {
            return new Groups(List.of(), Map.of(), Optional.of("the groups address '" + groupsUrl
                    + "' is not a valid URL"), 0);
        }
        var listed = list(first, token, deadline, calls, all);
        if (listed.isPresent()) {
            return new Groups(List.copyOf(all.values()), Map.of(), listed, calls[0]);
        }
        if (people.size() > MAX_PEOPLE) {
            return new Groups(List.copyOf(all.values()), Map.of(), Optional.of("the course has more than "
                    + MAX_PEOPLE + " people, more than Digital Practice asks the platform about in one go"), calls[0]);
        }
        var membership = new LinkedHashMap<String, Set<String>>();
        if (all.isEmpty()) {
            return new Groups(List.of(), membership, Optional.empty(), calls[0]);
        }
        for (var person : people) {
            var theirs = new LinkedHashMap<String, Group>();
            var failed = list(withUser(groupsUrl, person), token, deadline, calls, theirs);
            if (failed.isPresent()) {
                return new Groups(List.copyOf(all.values()), membership, failed, calls[0]);
            }
            var ids = new HashSet<>(theirs.keySet());
            ids.retainAll(all.keySet());
            membership.put(person, Set.copyOf(ids));
        }
        return new Groups(List.copyOf(all.values()), membership, Optional.empty(), calls[0]);
    }

    /** Reads every page of one list into {@code into}; the reason it stopped, if it did not reach the end. */
    private Optional<String> list(URI first, String token, java.time.Instant deadline, int[] calls,
                                  Map<String, Group> into) {
        var seen = new HashSet<URI>();
        Optional<URI> next = Optional.of(first);
        int pages = 0;
        while (next.isPresent() && seen.add(next.get())) {
            if (pages >= MAX_PAGES) {
                return Optional.of("the list of groups goes on for more than " + MAX_PAGES + " pages");
            }
            if (clock.instant().isAfter(deadline)) {
                return Optional.of("reading the groups took longer than " + timeLimit.toSeconds() + " seconds");
            }
            var page = http.getPage(next.get(), token, TYPE);
            calls[0]++;
            if (!(page.call() instanceof PlatformCall.Done done)) {
                return Optional.of(refusal(page.call()));
            }
            pages++;
            try {
                for (var group : groups(done.body())) {
                    if (into.size() >= MAX_GROUPS && !into.containsKey(group.id())) {
                        return Optional.of("the course has more than " + MAX_GROUPS + " groups");
                    }
                    into.put(group.id(), group);
                }
            } catch (JsonException | IllegalStateException | NullPointerException | ClassCastException e) {
                return Optional.of("HTTP " + done.status() + ": the answer is not a context group container");
            }
            next = page.next();
        }
        return Optional.empty();
    }

    private static String refusal(PlatformCall call) {
        if (call instanceof PlatformCall.TokenRefused refused) {
            return "the platform did not accept the access token (" + refused.reason() + ")";
        }
        if (call instanceof PlatformCall.Refused refused && refused.status() == 403) {
            return "the platform refused the call (" + refused.reason() + "): the tool may not have the groups scope";
        }
        return call.reason();
    }

    /** The groups of one page. A group without an id or a name is left out; ids given as numbers are read as text. */
    static List<Group> groups(String body) {
        var groups = new ArrayList<Group>();
        try (var reader = Json.createReader(new StringReader(body))) {
            for (JsonValue value : reader.readObject().getJsonArray("groups")) {
                var json = value.asJsonObject();
                var id = text(json.get("id"));
                var name = text(json.get("name"));
                if (id.isEmpty() || name.isEmpty() || id.get().length() > ID_LIMIT) {
                    continue;
                }
                var sets = new ArrayList<String>();
                // 1.0 has set_ids; Moodle's draft-era service sends one set_id.
                if (json.get("set_ids") instanceof JsonArray array) {
                    array.forEach(set -> text(set).ifPresent(sets::add));
                }
                text(json.get("set_id")).ifPresent(sets::add);
                groups.add(new Group(id.get(), cut(name.get()), text(json.get("tag")).map(GroupsClient::cut),
                        List.copyOf(sets)));
            }
        }
        return groups;
    }

    static URI withUser(String groupsUrl, String userId) {
        var separator = groupsUrl.contains("?") ? "&" : "?";
        return URI.create(groupsUrl + separator + "user_id=" + URLEncoder.encode(userId, StandardCharsets.UTF_8));
    }

    private static Optional<String> text(JsonValue value) {
        if (value instanceof JsonString s && !s.getString().isBlank()) {
            return Optional.of(s.getString().strip());
        }
        if (value instanceof JsonNumber n) {
            return Optional.of(n.toString());
        }
        return Optional.empty();
    }

    private static String cut(String text) {
        return text.length() > NAME_LIMIT ? text.substring(0, NAME_LIMIT) : text;
    }
}
