package org.digitalpractice.session;

import org.digitalpractice.testing.Load;
import org.digitalpractice.testing.TestLaunch;
import org.digitalpractice.testing.ToolUnderTest;
import org.digitalpractice.testing.WithTestPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A benchmark, not a test: complete launches (login, id_token validation, session, first page) played by the test
 * platform over HTTP at concurrency 8, first and returning, and the first page alone, each once the tool's cost has
 * settled, with the tool's own CPU time read from its process. Run it with
 * -Ddp.benchmark=true (see docs/benchmarks.md); it asserts only that every launch landed.
 */
@EnabledIfSystemProperty(named = "dp.benchmark", matches = "true")
class LaunchBenchmarkIT extends WithTestPlatform {

    static final int THREADS = 8;
    static final Duration WINDOW = Duration.ofSeconds(Long.getLong("dp.benchmark.seconds", 60));

    /** A first launch: a person the tool has never seen, so their record is made. */
    static boolean firstLaunch() {
        return launchAs("bench-" + UUID.randomUUID());
    }

    static boolean launchAs(String subject) {
        var learner = TestLaunch.learner(platform, subject);
        return learner.get(URI.create(learner.landing()).getPath()).statusCode() == 200;
    }

    static void measure(String what, List<Callable<Boolean>> connections) throws Exception {
        Load.warmUntilSettled(what, connections);
        var window = Load.run(connections, WINDOW);
        System.out.printf("BENCHMARK %s on %s at concurrency %d: %s%n", what, ToolUnderTest.database(),
                connections.size(), window.described());
        assertEquals(0, window.failures(), what + ": every launch landed");
    }

    @Test
    void launchesPerSecondLatencyAndCpuPerLaunch() throws Exception {
        measure("first launches", Collections.nCopies(THREADS, LaunchBenchmarkIT::firstLaunch));

        // The usual case: people who have launched before, each launching again.
        var returning = new AtomicInteger();
        measure("returning launches", Collections.nCopies(THREADS,
                () -> launchAs("bench-returning-" + returning.incrementAndGet() % 50)));

        // The floor: the learner's home page alone, in a session already open (one per connection, as browsers).
        var pages = new ArrayList<Callable<Boolean>>();
        for (int n = 0; n < THREADS; n++) {
            var learner = TestLaunch.learner(platform, "bench-home-" + n);
            var home = URI.create(learner.landing()).getPath();
            pages.add(() -> learner.get(home).statusCode() == 200);
        }
        measure("learner home pages", pages);
    }
}
