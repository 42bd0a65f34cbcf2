package org.digitalpractice.lti.services;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A course's groups are every page of them, and each person's groups are asked by user_id. */
class GroupsClientTest {

    final ServiceHttp http = new ServiceHttp(Duration.ofSeconds(2), "DigitalPractice-test", Clock.systemUTC());
    final GroupsClient client = new GroupsClient(http, Clock.systemUTC(), Duration.ofSeconds(30));

    static String container(String... groups) {
        return "{\"id\":\"x\",\"groups\":[" + String.join(",", groups) + "]}";
    }

    static String group(String id, String name) {
        return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"set_ids\":[\"s1\"]}";
    }

    static final Map<String, String> MEMBER_OF = Map.of("u1", "g1", "u2", "g2", "u3", "g3");

    static FakeService platform() throws Exception {
        var holder = new FakeService[1];
        holder[0] = new FakeService(r -> {
            var query = r.query() == null ? "" : r.query();
            if (query.contains("user_id=")) {
                var user = query.substring(query.indexOf("user_id=") + "user_id=".length());
                return FakeService.Answer.ok(MEMBER_OF.containsKey(user)
                        ? container(group(MEMBER_OF.get(user), "Team " + MEMBER_OF.get(user))) : container());
            }
            return query.contains("page=2") ? FakeService.Answer.ok(container(group("g3", "Team g3")))
                    : new FakeService.Answer(200, container(group("g1", "Team g1"), group("g2", "Team g2")),
                    List.<String[]>of(new String[]{"Link", "<" + holder[0].url("/groups?page=2") + ">; rel=\"next\""}));
        });
        return holder[0];
    }

    @Test
    void followsLinkNextToEveryGroup() throws Exception {
        try (var platform = platform()) {
            var groups = client.fetch(platform.url("/groups"), "tok", List.of());
            assertTrue(groups.complete());
            assertEquals(List.of("g1", "g2", "g3"), groups.groups().stream().map(GroupsClient.Group::id).toList());
            assertEquals(List.of("s1"), groups.groups().get(0).setIds());
        }
    }

    @Test
    void asksEachPersonsGroupsByUserId() throws Exception {
        try (var platform = platform()) {
            var groups = client.fetch(platform.url("/groups"), "tok", List.of("u1", "u3", "nobody"));
            assertEquals(Set.of("g1"), groups.membership().get("u1"));
            assertEquals(Set.of("g3"), groups.membership().get("u3"));
            assertEquals(Set.of(), groups.membership().get("nobody"), "in no group is an answer too");
            assertEquals(1, platform.requests.stream().filter(r -> "user_id=u1".equals(r.query())).count());
        }
    }

    @Test
    void aRefusedTokenStopsTheFetchAndSaysSo() throws Exception {
        try (var platform = new FakeService(r -> new FakeService.Answer(401, "{\"error\":\"invalid_token\"}",
                List.of()))) {
            var groups = client.fetch(platform.url("/groups"), "tok", List.of("u1"));
            assertFalse(groups.complete());
            assertTrue(groups.failure().orElseThrow().contains("did not accept the access token"),
                    groups.failure().get());
        }
    }

    @Test
    void aMissingScopeIsNamedAsTheLikelyReason() throws Exception {
        try (var platform = new FakeService(r -> new FakeService.Answer(403, "{\"error\":\"insufficient_scope\"}",
                List.of()))) {
            var failure = client.fetch(platform.url("/groups"), "tok", List.of()).failure().orElseThrow();
            assertTrue(failure.contains("403") && failure.contains("groups scope"), failure);
        }
    }

    @Test
    void aFailedPersonStopsTheFetchSoNoTeamIsHalfKnown() throws Exception {
        try (var platform = new FakeService(r -> r.query() == null
                ? FakeService.Answer.ok(container(group("g1", "Team g1")))
                : new FakeService.Answer(503, "busy", List.of()))) {
            var groups = client.fetch(platform.url("/groups"), "tok", List.of("u1", "u2"));
            assertFalse(groups.complete());
            assertTrue(groups.failure().get().contains("503"));
            assertEquals(2, groups.calls(), "the list, then the first person; nobody after");
        }
    }

    @Test
    void stopsWhenTheTimeAllowedHasPassed() throws Exception {
        var clock = new Clock() {
            Instant now = Instant.parse("2026-12-02T12:00:00Z");

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                now = now.plusSeconds(20);
                return now;
            }
        };
        try (var platform = platform()) {
            var groups = new GroupsClient(http, clock, Duration.ofSeconds(60))
                    .fetch(platform.url("/groups"), "tok", List.of("u1", "u2", "u3"));
            assertTrue(groups.failure().orElseThrow().contains("longer than 60 seconds"), groups.failure().get());
        }
    }

    @Test
    void readsIdsGivenAsNumbersAndLeavesOutGroupsWithoutAName() {
        var groups = GroupsClient.groups("{\"groups\":[{\"id\":42,\"name\":\"North\",\"tag\":\"locality\","
                + "\"set_id\":7},{\"id\":\"nameless\"},{\"id\":\"" + "x".repeat(256) + "\",\"name\":\"Too long\"}]}");
        assertEquals(1, groups.size());
        assertEquals(new GroupsClient.Group("42", "North", Optional.of("locality"), List.of("7")), groups.get(0));
    }

    @Test
    void aNameLongerThanTheToolKeepsIsCut() {
        var groups = GroupsClient.groups(container(group("g1", "n".repeat(300))));
        assertEquals(GroupsClient.NAME_LIMIT, groups.get(0).name().length());
    }

    @Test
    void theUserIdJoinsAnAddressThatHasAQueryAlready() {
        assertEquals("https://lms.example/groups?a=1&user_id=a%2Bb", GroupsClient.withUser(
                "https://lms.example/groups?a=1", "a+b").toString());
        assertEquals("https://lms.example/groups?user_id=u1",
                GroupsClient.withUser("https://lms.example/groups", "u1").toString());
    }

    @Test
    void anAnswerThatIsNotAGroupContainerIsAFailure() throws Exception {
        try (var platform = new FakeService(r -> FakeService.Answer.ok("<html>sign in</html>"))) {
            var failure = client.fetch(platform.url("/groups"), "tok", List.of()).failure().orElseThrow();
            assertTrue(failure.contains("not a context group container"), failure);
        }
    }
}
