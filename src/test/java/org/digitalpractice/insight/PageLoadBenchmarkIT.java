package org.digitalpractice.insight;

import org.digitalpractice.testing.TestLaunch;
import org.digitalpractice.testing.ToolUnderTest;
import org.digitalpractice.testing.WithTestPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A benchmark, not a test: a learner's home, a module page and a lead's course view, on a course with every shipped
 * module placed and 300 learners most of whom are part-way through, each page requested for 60 seconds at
 * concurrency 8 and then at 200 simultaneous connections (one session and connection each, as browsers), measured
 * from outside the server. The server's CPU per request is its process's CPU over the window divided by the
 * requests, so background work counts against the pages; the idle rate is printed beside it. Each page is first
 * asked for alone for 30 seconds, so that the JIT has compiled its path. Run it with
 * -Ddp.benchmark=true (see docs/benchmarks.md); it asserts only that no request failed.
 */
@EnabledIfSystemProperty(named = "dp.benchmark", matches = "true")
class PageLoadBenchmarkIT extends WithTestPlatform {

    static final List<String> EVERY_MODULE = List.of("ai-tools-in-practice", "boundaries-online",
            "data-protection-and-information-sharing", "digital-evidence-and-law", "digital-leadership",
            "digital-professionalism", "online-harm-adults", "online-harm-children");
    static final int LEARNERS = 300;
    static final Duration WINDOW = Duration.ofSeconds(Long.getLong("dp.benchmark.seconds", 60));
    /** The JIT needs about a minute of requests before a page's cost settles (docs/benchmarks.md). */
    static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("dp.benchmark.warm-up-seconds", 30));

    @Test
    void pagesAtConcurrencyEightAndAtTwoHundredConnections() throws Exception {
        var context = "pages-bench-" + InsightData.run();
        // Each module is placed as a trainer places it: a link carrying the module.
        for (var slug : EVERY_MODULE) {
            InsightIT.launch("lead-" + context, InsightIT.MENTOR, context, "link-" + slug, Map.of("module", slug));
        }
        long course = InsightData.course(context);
        InsightBenchmarkIT.seedLearners(InsightData.deploymentOf(course), course, context, LEARNERS, EVERY_MODULE);
        var inProgress = EVERY_MODULE.get(1);

        System.out.printf("BENCHMARK idle server on %s: %.1f ms of CPU a second%n", ToolUnderTest.database(),
                idleCpuPerSecond());
        for (int connections : new int[] {8, 200}) {
            var learners = sessions(connections, n -> InsightIT.launch(context + "-" + n,
                    "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner", context, "link-" + inProgress, Map.of("module", inProgress)));
            var leads = sessions(connections, n -> InsightIT.launch("lead-" + context, InsightIT.MENTOR, context,
                    "link-" + inProgress, Map.of("module", inProgress)));
            measure("learner home", connections, learners, "/learn");
            measure("module page", connections, learners, "/learn/modules/" + inProgress);
            measure("lead course view", connections, leads, "/insight/courses/" + course);
        }
    }

    static List<TestLaunch> sessions(int count, IntFunction<TestLaunch> launch) throws Exception {
        var made = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(8);
        try {
            var sessions = new ArrayList<TestLaunch>();
            for (var session : pool.invokeAll(Collections.nCopies(count,
                    (Callable<TestLaunch>) () -> launch.apply(made.getAndIncrement())))) {
                sessions.add(session.get());
            }
            return sessions;
        } finally {
            pool.shutdown();
        }
    }

    /** Each session requests the page over and over for the window, all at once; every answer must be a 200. */
    static void measure(String page, int connections, List<TestLaunch> sessions, String path) throws Exception {
        var warm = System.nanoTime() + WARM_UP.toNanos();
        var first = sessions.get(0);
        while (System.nanoTime() < warm) {
            assertEquals(200, first.get(path).statusCode(), page + " warms up");
        }
        var pool = Executors.newFixedThreadPool(connections);
        var times = Collections.synchronizedList(new ArrayList<Long>());
        var failures = new AtomicInteger();
        var ready = new CountDownLatch(1);
        try {
            var tasks = new ArrayList<Callable<Void>>();
            var deadline = new long[1];
            for (var session : sessions) {
                tasks.add(() -> {
                    ready.await();
                    while (System.nanoTime() < deadline[0]) {
                        var started = System.nanoTime();
                        try {
                            if (session.get(path).statusCode() != 200) {
                                failures.incrementAndGet();
                            }
                        } catch (RuntimeException e) {
                            failures.incrementAndGet();
                        }
                        times.add(System.nanoTime() - started);
                    }
                    return null;
                });
            }
            var cpuBefore = ToolUnderTest.serverCpu();
            var start = System.nanoTime();
            deadline[0] = start + WINDOW.toNanos();
            var running = tasks.stream().map(pool::submit).toList();
            ready.countDown();
            for (var task : running) {
                task.get();
            }
            var wall = Duration.ofNanos(System.nanoTime() - start);
            var cpu = ToolUnderTest.serverCpu().minus(cpuBefore);
            var sorted = new ArrayList<>(times);
            Collections.sort(sorted);
            int count = sorted.size();
            System.out.printf("BENCHMARK %s on %s at %d connections: %d requests in %.1f s: %.0f a second, "
                            + "p50 %.1f ms, p99 %.1f ms, server CPU %.2f ms each, %d failed%n", page,
                    ToolUnderTest.database(), connections, count, wall.toMillis() / 1000.0,
                    count / (wall.toMillis() / 1000.0), sorted.get(count / 2) / 1e6,
                    sorted.get(count * 99 / 100) / 1e6, cpu.toNanos() / 1e6 / count, failures.get());
            assertEquals(0, failures.get(), page + ": every request answered 200");
        } finally {
            pool.shutdownNow();
        }
    }

    static double idleCpuPerSecond() throws InterruptedException {
        var before = ToolUnderTest.serverCpu();
        Thread.sleep(10_000);
        return ToolUnderTest.serverCpu().minus(before).toNanos() / 1e6 / 10;
    }

}
