package org.digitalpractice.monitoring;

import org.digitalpractice.testing.LaunchClient;
import org.digitalpractice.testing.TestLaunch;
import org.digitalpractice.testing.ToolUnderTest;
import org.digitalpractice.testing.WithTestPlatform;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The operators' metrics: behind the administrator's token, and counting what happened. */
class MetricsIT extends WithTestPlatform {

    static HttpResponse<String> scrape(String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(ToolUnderTest.toolUrl("/admin/metrics"))).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Every sample of the scrape, by its name and labels as written. */
    static Map<String, Long> samples() throws Exception {
        var response = scrape("it-admin-token");
        assertEquals(200, response.statusCode(), response.body());
        var samples = new LinkedHashMap<String, Long>();
        for (var line : response.body().split("\n")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                int space = line.lastIndexOf(' ');
                samples.put(line.substring(0, space), Long.parseLong(line.substring(space + 1)));
            }
        }
        return samples;
    }

    @Test
    void theMetricsNeedTheAdministratorsToken() throws Exception {
        assertEquals(401, scrape(null).statusCode());
        assertEquals(401, scrape("not-the-token").statusCode());
        var page = scrape("it-admin-token");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    }

    @Test
    void launchesAreCountedByOutcomeAndRefusalsByTheRuleThatFailed() throws Exception {
        var accepted = "dp_launches_total{outcome=\"accepted\",role=\"learner\"}";
        var refused = "dp_launches_total{outcome=\"rejected\",rule=\"the state parameter is not one this tool issued\"}";
        var before = samples();

        TestLaunch.learner(platform, "metrics-" + UUID.randomUUID());
        var forged = new LaunchClient().post(ToolUnderTest.toolUrl("/lti/launch"),
                Map.of("id_token", "x", "state", "not-a-state"));
        assertEquals(400, forged.statusCode());

        var after = samples();
        assertEquals(before.getOrDefault(accepted, 0L) + 1, after.get(accepted), after.toString());
        assertEquals(before.getOrDefault(refused, 0L) + 1, after.get(refused), after.toString());
        after.keySet().stream().filter(k -> k.startsWith("dp_launches_total")).forEach(name ->
                assertTrue(!name.contains("not-a-state") && !name.contains("metrics-"), "no values in labels: " + name));
    }

    @Test
    void theGradebooksStateIsReadAtEachScrape() throws Exception {
        var samples = samples();
        for (var gauge : new String[]{"dp_scores_waiting", "dp_scores_waiting_for_approval", "dp_scores_failed",
                "dp_oldest_waiting_score_seconds"}) {
            assertTrue(samples.containsKey(gauge) && samples.get(gauge) >= 0, gauge + " in " + samples.keySet());
        }
    }
}
