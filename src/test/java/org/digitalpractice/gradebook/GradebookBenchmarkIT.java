package org.digitalpractice.gradebook;

import org.digitalpractice.testing.DeployedTool;
import org.digitalpractice.testing.ToolUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * A benchmark, not a test: delivers 10,000 queued scores to the practice platform and prints the time, the rate
 * and the token requests. Run it with -Ddp.benchmark=true (see docs/benchmarks.md); it asserts only that all
 * arrived.
 */
@EnabledIfSystemProperty(named = "dp.benchmark", matches = "true")
class GradebookBenchmarkIT extends DeployedTool {

    @Test
    void deliverTenThousandScores() throws Exception {
        GradebookIT.control("/stats/reset", "{}");
        var queued = Queue.of(10_000, "northmoor-learner-26");
        var start = Instant.now();
        queued.assertAllSentOnce();
        var took = Duration.between(start, Instant.now());
        var stats = GradebookIT.http.send(HttpRequest.newBuilder(URI.create(
                ToolUnderTest.platformUrl("/practice/control/stats"))).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        System.out.printf("BENCHMARK 10000 scores on %s: %.1f s, %.0f scores/s, platform stats %s%n",
                ToolUnderTest.database(), took.toMillis() / 1000.0, 10_000 / (took.toMillis() / 1000.0), stats);
    }
}
