package org.digitalpractice.lti.services;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scores and line items over AGS 2.0, and what each kind of answer means for the sender. */
class AgsClientTest {

    static final Instant DONE = Instant.parse("2026-11-20T14:30:00Z");
    final ServiceHttp http = new ServiceHttp(Duration.ofSeconds(2), "DigitalPractice-test", Clock.systemUTC());

    static AgsScore completed() {
        return new AgsScore("user-1", Optional.of(1.0), Optional.of(1.0), AgsScore.Progress.COMPLETED,
                AgsScore.Grading.FULLY_GRADED, DONE,
                Optional.of("Module completed"));
    }

    @Test
    void theScoresPathGoesBeforeTheQueryString() {
        assertEquals("https://lms.example/items/7/scores?type_id=1",
                AgsClient.scoresUrl("https://lms.example/items/7?type_id=1").toString());
        assertEquals("https://lms.example/items/7/scores", AgsClient.scoresUrl("https://lms.example/items/7").toString());
        assertEquals("https://lms.example/items/7/scores", AgsClient.scoresUrl("https://lms.example/items/7/").toString());
    }

    @Test
    void postsTheScoreWithItsFieldsMediaTypeAndToken() throws Exception {
        try (var platform = new FakeService(r -> FakeService.Answer.ok(""))) {
            var call = new AgsClient(http).postScore(platform.url("/items/7"), "tok", completed());
            assertInstanceOf(PlatformCall.Done.class, call);
            var request = platform.requests.get(0);
            assertEquals("/items/7/scores", request.path());
            assertEquals(AgsClient.SCORE, request.contentType());
            assertEquals("Bearer tok", request.authorization());
            assertEquals("DigitalPractice-test", request.userAgent());
            assertEquals("{\"userId\":\"user-1\",\"activityProgress\":\"Completed\",\"gradingProgress\":\"FullyGraded\","
                    + "\"timestamp\":\"2026-11-20T14:30:00Z\",\"scoreGiven\":1.0,\"scoreMaximum\":1.0,"
                    + "\"comment\":\"Module completed\"}", request.body());
        }
    }

    @Test
    void serverErrorsAndRateLimitsMeanTryLater() throws Exception {
        try (var platform = new FakeService(r -> r.path().contains("busy")
                ? new FakeService.Answer(429, "slow down", List.<String[]>of(new String[]{"Retry-After", "7"}))
                : new FakeService.Answer(503, "down", List.of()))) {
            var down = new AgsClient(http).postScore(platform.url("/down"), "tok", completed());
            assertInstanceOf(PlatformCall.TryLater.class, down);
            var busy = (PlatformCall.TryLater) new AgsClient(http).postScore(platform.url("/busy"), "tok", completed());
            assertEquals(Optional.of(Duration.ofSeconds(7)), busy.retryAfter());
        }
    }

    @Test
    void retryAfterMayBeAnHttpDate() {
        var now = Instant.parse("2026-11-26T09:00:00Z");
        assertEquals(Optional.of(Duration.ofSeconds(90)),
                PlatformCall.retryAfter("Thu, 26 Nov 2026 09:01:30 GMT", now));
        assertEquals(Optional.empty(), PlatformCall.retryAfter("soon", now));
    }

    @Test
    void a401IsARefusedTokenAndOther4xxAreRefusals() throws Exception {
        try (var platform = new FakeService(r -> new FakeService.Answer(r.path().contains("auth") ? 401 : 404,
                "nope", List.of()))) {
            assertInstanceOf(PlatformCall.TokenRefused.class,
                    new AgsClient(http).postScore(platform.url("/auth"), "tok", completed()));
            var refused = new AgsClient(http).postScore(platform.url("/gone"), "tok", completed());
            assertInstanceOf(PlatformCall.Refused.class, refused);
            assertEquals(404, ((PlatformCall.Refused) refused).status());
        }
    }

    @Test
    void aPlatformThatDoesNotAnswerInTimeMeansTryLater() throws Exception {
        try (var platform = new FakeService(r -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return FakeService.Answer.ok("");
        })) {
            var call = new AgsClient(http).postScore(platform.url("/slow"), "tok", completed());
            assertInstanceOf(PlatformCall.TryLater.class, call);
            assertEquals("no answer within the timeout", call.reason());
        }
    }

    @Test
    void findsAnExistingLineItemByResourceLinkAndTag() throws Exception {
        try (var platform = new FakeService(r -> FakeService.Answer.ok(
                "[{\"id\":\"https://lms.example/items/1\",\"resourceLinkId\":\"rl-1\",\"tag\":\"other\"},"
                        + "{\"id\":\"https://lms.example/items/2\",\"resourceLinkId\":\"rl-1\",\"tag\":\"module-a\"}]"))) {
            var result = new AgsClient(http).findOrCreate(platform.url("/items"), "tok", "rl-1", "module-a", "A", 1,
                    "module-a");
            assertEquals(Optional.of("https://lms.example/items/2"), result.lineItemUrl());
            assertEquals(1, platform.requests.size(), "nothing created");
            assertTrue(platform.requests.get(0).query().contains("resource_link_id=rl-1"));
        }
    }

    @Test
    void createsTheLineItemWhenNoneMatches() throws Exception {
        try (var platform = new FakeService(r -> r.method().equals("GET") ? FakeService.Answer.ok("[]")
                : new FakeService.Answer(201, "{\"id\":\"https://lms.example/items/9\"}", List.of()))) {
            var result = new AgsClient(http).findOrCreate(platform.url("/items"), "tok", "rl-1", "module-a",
                    "Module A", 1, "module-a");
            assertEquals(Optional.of("https://lms.example/items/9"), result.lineItemUrl());
            var created = platform.requests.get(1);
            assertEquals(AgsClient.LINE_ITEM, created.contentType());
            assertTrue(created.body().contains("\"tag\":\"module-a\"") && created.body().contains("\"scoreMaximum\":1"));
        }
    }

    @Test
    void followsEveryPageOfLineItemsBeforeCreatingOne() throws Exception {
        var holder = new FakeService[1];
        try (var platform = new FakeService(r -> {
            if (!r.method().equals("GET")) {
                return new FakeService.Answer(201, "{\"id\":\"https://lms.example/items/new\"}", List.of());
            }
            if (r.query().contains("page=2")) {
                return FakeService.Answer.ok("[{\"id\":\"https://lms.example/items/12\",\"resourceLinkId\":\"rl-1\","
                        + "\"tag\":\"module-a\"}]");
            }
            return new FakeService.Answer(200, "[{\"id\":\"https://lms.example/items/1\",\"resourceLinkId\":\"rl-1\","
                    + "\"tag\":\"other\"}]", List.<String[]>of(new String[]{"Link",
                    "<" + holder[0].url("/items?page=2") + ">; rel=\"next\""}));
        })) {
            holder[0] = platform;
            var result = new AgsClient(http).findOrCreate(platform.url("/items"), "tok", "rl-1", "module-a", "A", 1,
                    "module-a");
            assertEquals(Optional.of("https://lms.example/items/12"), result.lineItemUrl(), "found on page 2");
            assertEquals(2, platform.requests.size(), "two pages read, nothing created");
        }
    }

    /** Blackboard drops resourceLinkId from a column made by POST; its resourceId still names the link's column. */
    @Test
    void findsAColumnWithoutAResourceLinkByItsResourceId() throws Exception {
        try (var platform = new FakeService(r -> FakeService.Answer.ok(
                "[{\"id\":\"https://lms.example/items/3\",\"resourceId\":\"module-a@rl-2\",\"tag\":\"module-a\"},"
                        + "{\"id\":\"https://lms.example/items/4\",\"resourceId\":\"module-a@rl-1\",\"tag\":\"module-a\"}]"))) {
            var result = new AgsClient(http).findOrCreate(platform.url("/items"), "tok", "rl-1", "module-a", "A", 1,
                    "module-a@rl-1");
            assertEquals(Optional.of("https://lms.example/items/4"), result.lineItemUrl(), "the column of rl-1, not rl-2");
            assertEquals(1, platform.requests.size(), "nothing created");
        }
    }

    @Test
    void aColumnOfAnotherLinkIsNotOursThoughItsResourceIdMatches() throws Exception {
        try (var platform = new FakeService(r -> r.method().equals("GET") ? FakeService.Answer.ok(
                "[{\"id\":\"https://lms.example/items/5\",\"resourceLinkId\":\"rl-2\",\"resourceId\":\"module-a@rl-1\","
                        + "\"tag\":\"module-a\"}]")
                : new FakeService.Answer(201, "{\"id\":\"https://lms.example/items/6\"}", List.of()))) {
            var result = new AgsClient(http).findOrCreate(platform.url("/items"), "tok", "rl-1", "module-a", "A", 1,
                    "module-a@rl-1");
            assertEquals(Optional.of("https://lms.example/items/6"), result.lineItemUrl(), "a new column is made");
        }
    }

    @Test
    void readsMoodlesNextLinkWithTypographicQuotes() {
        var paged = new ServiceHttp.Paged(new PlatformCall.Done(200, "[]"),
                List.of("<https://moodle.example/lineitems?limit=10&from=10>; rel=\u201cnext\u201d"));
        assertEquals(Optional.of(java.net.URI.create("https://moodle.example/lineitems?limit=10&from=10")), paged.next());
    }

    /** PHP sends the quotes as UTF-8 bytes; Java's HTTP client reads header bytes as ISO-8859-1. */
    @Test
    void readsMoodlesNextLinkAsItArrivesOverHttp() {
        var wire = new String("<https://moodle.example/lineitems?limit=10&from=10>; rel=\u201cnext\u201d"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.ISO_8859_1);
        var paged = new ServiceHttp.Paged(new PlatformCall.Done(200, "[]"), List.of(wire));
        assertEquals(Optional.of(java.net.URI.create("https://moodle.example/lineitems?limit=10&from=10")), paged.next());
    }

    @Test
    void ignoresOtherRelations() {
        var paged = new ServiceHttp.Paged(new PlatformCall.Done(200, "[]"),
                List.of("<https://lms.example/items?page=1>; rel=\"first\", <https://lms.example/items?page=9>; "
                        + "rel=\"last\", <https://lms.example/items?page=2>; rel=\"nextish\""));
        assertEquals(Optional.empty(), paged.next());
    }

    @Test
    void readsThePersonsResultWithItsTimestamp() throws Exception {
        try (var platform = new FakeService(r -> FakeService.Answer.ok("[{\"userId\":\"user-1\",\"resultScore\":0.5,"
                + "\"resultMaximum\":1,\"timestamp\":\"2026-11-20T14:30:05+00:00\"}]"))) {
            var held = new AgsClient(http).result(platform.url("/items/7?type_id=3"), "tok", "user-1");
            var request = platform.requests.get(0);
            assertEquals("/items/7/results", request.path());
            assertEquals("type_id=3&user_id=user-1", request.query());
            var result = held.result().orElseThrow();
            assertEquals(Optional.of(Instant.parse("2026-11-20T14:30:05Z")), result.timestamp());
            assertTrue(result.holds(50, 100), "0.5 of 1 is 50 of 100");
            assertTrue(!result.holds(1, 1));
        }
    }

    @Test
    void aPersonWithNoResultHasNone() throws Exception {
        try (var platform = new FakeService(r -> FakeService.Answer.ok("[{\"userId\":\"someone-else\","
                + "\"resultScore\":1}]"))) {
            assertEquals(Optional.empty(), new AgsClient(http).result(platform.url("/items/7"), "tok", "user-1").result());
        }
    }
}
