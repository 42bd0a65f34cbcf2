package org.digitalpractice.session;

import org.digitalpractice.testing.TestLaunch;
import org.digitalpractice.testing.ToolUnderTest;
import org.digitalpractice.testing.WithTestPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A benchmark, not a test: complete launches (login, id_token validation, session, first page) played by the test
 * platform over HTTP at concurrency 8, with the tool's own CPU time read from its process. Run it with
 * -Ddp.benchmark=true (see docs/benchmarks.md); it asserts only that every launch landed.
 */
@EnabledIfSystemProperty(named = "dp.benchmark", matches = "true")
class LaunchBenchmarkIT extends WithTestPlatform {

    static final int THREADS = 8;
    static final int WARM_UP = 300;
    static final int LAUNCHES = 2000;

    static long launch() {
        var started = System.nanoTime();
        var learner = TestLaunch.learner(platform, "bench-" + UUID.randomUUID());
        assertEquals(200, learner.get(java.net.URI.create(learner.landing()).getPath()).statusCode());
        return System.nanoTime() - started;
    }

    static List<Long> run(int count) throws Exception {
        var pool = Executors.newFixedThreadPool(THREADS);
        try {
            var tasks = new ArrayList<Callable<Long>>();
            for (int i = 0; i < count; i++) {
                tasks.add(LaunchBenchmarkIT::launch);
            }
            var times = new ArrayList<Long>();
            for (var done : pool.invokeAll(tasks)) {
                times.add(done.get());
            }
            return times;
        } finally {
            pool.shutdown();
        }
    }

    /** CPU the tool's server process has used so far (the Payara Micro this run started). */
    static Duration toolCpu() {
        var payara = ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("payara-micro")).toList();
        assertEquals(1, payara.size(), "one Payara Micro under test");
        return payara.get(0).info().totalCpuDuration().orElseThrow();
    }

    @Test
    void launchesPerSecondLatencyAndCpuPerLaunch() throws Exception {
        run(WARM_UP);
        var cpuBefore = toolCpu();
        var start = System.nanoTime();
        var times = run(LAUNCHES);
        var wall = Duration.ofNanos(System.nanoTime() - start);
        var cpu = toolCpu().minus(cpuBefore);
        Collections.sort(times);
        assertTrue(times.size() == LAUNCHES);
        System.out.printf("BENCHMARK launches on %s: %d at concurrency %d in %.1f s: %.0f launches/s, "
                        + "p50 %.1f ms, p99 %.1f ms, tool CPU %.2f ms per launch%n", ToolUnderTest.database(),
                LAUNCHES, THREADS, wall.toMillis() / 1000.0, LAUNCHES / (wall.toMillis() / 1000.0),
                times.get(LAUNCHES / 2) / 1e6, times.get(LAUNCHES * 99 / 100) / 1e6,
                cpu.toNanos() / 1e6 / LAUNCHES);
    }
}
