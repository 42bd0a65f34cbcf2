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
 * platform over HTTP at concurrency 8, first and returning, and the first page alone, with the tool's own CPU time
 * read from its process. Run it with
 * -Ddp.benchmark=true (see docs/benchmarks.md); it asserts only that every launch landed.
 */
@EnabledIfSystemProperty(named = "dp.benchmark", matches = "true")
class LaunchBenchmarkIT extends WithTestPlatform {

    static final int THREADS = 8;
    /** The JIT needs thousands of requests before a launch's cost settles (docs/benchmarks.md). */
    static final int WARM_UP = Integer.getInteger("dp.benchmark.warm-up", 2000);
    static final int LAUNCHES = 2000;

    /** A first launch: a person the tool has never seen, so their record is made. */
    static long firstLaunch() {
        return launchAs("bench-" + UUID.randomUUID());
    }

    static long launchAs(String subject) {
        var started = System.nanoTime();
        var learner = TestLaunch.learner(platform, subject);
        assertEquals(200, learner.get(java.net.URI.create(learner.landing()).getPath()).statusCode());
        return System.nanoTime() - started;
    }

    static List<Long> run(int count, Callable<Long> task) throws Exception {
        var pool = Executors.newFixedThreadPool(THREADS);
        try {
            var times = new ArrayList<Long>();
            for (var done : pool.invokeAll(Collections.nCopies(count, task))) {
                times.add(done.get());
            }
            return times;
        } finally {
            pool.shutdown();
        }
    }


    static void measure(String what, int count, Callable<Long> task) throws Exception {
        var cpuBefore = ToolUnderTest.serverCpu();
        var start = System.nanoTime();
        var times = run(count, task);
        var wall = Duration.ofNanos(System.nanoTime() - start);
        var cpu = ToolUnderTest.serverCpu().minus(cpuBefore);
        Collections.sort(times);
        assertEquals(count, times.size());
        System.out.printf("BENCHMARK %s on %s: %d at concurrency %d in %.1f s: %.0f a second, "
                        + "p50 %.1f ms, p99 %.1f ms, tool CPU %.2f ms each%n", what, ToolUnderTest.database(),
                count, THREADS, wall.toMillis() / 1000.0, count / (wall.toMillis() / 1000.0),
                times.get(count / 2) / 1e6, times.get(count * 99 / 100) / 1e6, cpu.toNanos() / 1e6 / count);
    }

    @Test
    void launchesPerSecondLatencyAndCpuPerLaunch() throws Exception {
        run(WARM_UP, LaunchBenchmarkIT::firstLaunch);
        measure("first launches", LAUNCHES, LaunchBenchmarkIT::firstLaunch);

        // The usual case: people who have launched before, each launching again.
        var returning = new java.util.concurrent.atomic.AtomicInteger();
        Callable<Long> again = () -> launchAs("bench-returning-" + returning.incrementAndGet() % 50);
        run(WARM_UP, again);
        measure("returning launches", LAUNCHES, again);

        // The floor: the learner's home page alone, in a session already open (one per thread, as browsers).
        var sessions = ThreadLocal.withInitial(() ->
                TestLaunch.learner(platform, "bench-home-" + Thread.currentThread().getId()));
        Callable<Long> page = () -> {
            var learner = sessions.get();
            var started = System.nanoTime();
            assertEquals(200, learner.get(java.net.URI.create(learner.landing()).getPath()).statusCode());
            return System.nanoTime() - started;
        };
        run(WARM_UP, page);
        measure("learner home pages", LAUNCHES, page);
    }
}
