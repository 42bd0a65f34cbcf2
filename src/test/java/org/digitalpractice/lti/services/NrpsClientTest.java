package org.digitalpractice.lti.services;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A roster is every page of it. */
class NrpsClientTest {

    final ServiceHttp http = new ServiceHttp(Duration.ofSeconds(2), "DigitalPractice-test", Clock.systemUTC());

    static String page(int from, int count) {
        return "{\"id\":\"x\",\"members\":[" + IntStream.range(from, from + count)
                .mapToObj(i -> "{\"user_id\":\"u" + i + "\",\"status\":\"" + (i == 3 ? "Deleted" : "Active")
                        + "\",\"roles\":[\"http://purl.imsglobal.org/vocab/lis/v2/membership#Learner\"]"
                        + (i % 2 == 0 ? ",\"name\":\"Person " + i + "\",\"email\":\"p" + i + "@x.example\"" : "") + "}")
                .collect(Collectors.joining(",")) + "]}";
    }

    @Test
    void followsLinkNextToTheLastPage() throws Exception {
        var holder = new FakeService[1];
        holder[0] = new FakeService(r -> {
            int pageNumber = r.query() == null ? 0 : Integer.parseInt(r.query().replace("page=", ""));
            var headers = pageNumber < 9
                    ? List.<String[]>of(new String[]{"Link", "<" + holder[0].url("/members?page=" + (pageNumber + 1))
                    + ">; rel=\"next\", <" + holder[0].url("/members") + ">; rel=\"first\""}) : List.<String[]>of();
            return new FakeService.Answer(200, page(pageNumber * 100, 100), headers);
        });
        try (var platform = holder[0]) {
            var roster = new NrpsClient(http).members(platform.url("/members"), "tok");
            assertEquals(1000, roster.members().size());
            assertEquals(10, roster.pages());
            assertEquals(Optional.empty(), roster.failure());
            assertEquals("Deleted", roster.members().get(3).status());
            assertEquals(Optional.of("Person 0"), roster.members().get(0).name());
            assertEquals(Optional.empty(), roster.members().get(1).email(), "email only when the platform gives it");
        }
    }

    @Test
    void aFailedPageStopsTheFetchAndSaysWhy() throws Exception {
        var holder = new FakeService[1];
        holder[0] = new FakeService(r -> r.query() == null
                ? new FakeService.Answer(200, page(0, 5), List.<String[]>of(new String[]{"Link",
                "<" + holder[0].url("/members?page=1") + ">; rel=\"next\""}))
                : new FakeService.Answer(503, "down", List.of()));
        try (var platform = holder[0]) {
            var roster = new NrpsClient(http).members(platform.url("/members"), "tok");
            assertEquals(5, roster.members().size());
            assertInstanceOf(PlatformCall.TryLater.class, roster.failure().orElseThrow());
            assertTrue(roster.failure().get().reason().contains("503"));
        }
    }
}
