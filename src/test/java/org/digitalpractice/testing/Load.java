package org.digitalpractice.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load from outside the server for the benchmarks: each connection repeats its request for a window, all at once,
 * and the server's CPU over the window is divided by the requests answered. A request is a callable that answers
 * whether it succeeded.
 */
public final class Load {

    /** How long a benchmark warms the JIT before it measures, at most (docs/benchmarks.md). */
    static final Duration MOST_WARM_UP = Duration.ofSeconds(Long.getLong("dp.benchmark.warm-up-seconds", 300));
    static final Duration WARM_UP_WINDOW = Duration.ofSeconds(10);
    /**
     * The JIT compiles in bursts: a cost that held for three windows may still fall by a third in the next, and a
     * launch's did so until four minutes in (docs/benchmarks.md).
     */
    static final int LEAST_WARM_UP_WINDOWS = 12;
    /** Three windows in a row whose CPU per request is within this of each other are taken as settled. */
    static final double SETTLED = 0.10;

    private Load() {
    }

    /** One window's answers. */
    public record Window(int requests, int failures, Duration wall, Duration serverCpu, List<Long> sortedNanos) {

        public double perSecond() {
            return requests / (wall.toMillis() / 1000.0);
        }

        public double cpuEachMillis() {
            return serverCpu.toNanos() / 1e6 / Math.max(1, requests);
        }

        public double percentileMillis(int percent) {
            return sortedNanos.isEmpty() ? 0 : sortedNanos.get(sortedNanos.size() * percent / 100) / 1e6;
        }

        public String described() {
            return String.format("%d requests in %.1f s: %.0f a second, p50 %.1f ms, p99 %.1f ms, server CPU %.2f ms "
                            + "each, %d failed", requests, wall.toMillis() / 1000.0, perSecond(),
                    percentileMillis(50), percentileMillis(99), cpuEachMillis(), failures);
        }
    }

    /**
     * Repeats the requests in windows of ten seconds until the server's CPU per request settles (the JIT has
     * compiled their path: on the 2-core machine this takes one to four minutes at full load, and the cost falls
     * about fivefold meanwhile), or for at most {@code dp.benchmark.warm-up-seconds}.
     */
    public static void warmUntilSettled(String what, List<Callable<Boolean>> connections) throws Exception {
        var until = System.nanoTime() + MOST_WARM_UP.toNanos();
        var costs = new ArrayList<Double>();
        while (System.nanoTime() < until) {
            var window = run(connections, WARM_UP_WINDOW);
            costs.add(window.cpuEachMillis());
            System.out.printf("WARM-UP %s: %.2f ms of server CPU each, %.0f a second%n", what,
                    window.cpuEachMillis(), window.perSecond());
            if (costs.size() >= LEAST_WARM_UP_WINDOWS && settled(costs.subList(costs.size() - 3, costs.size()))) {
                return;
            }
        }
    }

    static boolean settled(List<Double> costs) {
        var least = Collections.min(costs);
        return Collections.max(costs) - least < SETTLED * least;
    }

    /** Each connection repeats its request for the window, all of them starting at once. */
    public static Window run(List<Callable<Boolean>> connections, Duration window) throws Exception {
        var pool = Executors.newFixedThreadPool(connections.size());
        var times = Collections.synchronizedList(new ArrayList<Long>());
        var failures = new AtomicInteger();
        var ready = new CountDownLatch(1);
        var deadline = new long[1];
        try {
            var tasks = new ArrayList<Callable<Void>>();
            for (var request : connections) {
                tasks.add(() -> {
                    ready.await();
                    while (System.nanoTime() < deadline[0]) {
                        var started = System.nanoTime();
                        boolean answered;
                        try {
                            answered = request.call();
                        } catch (Exception | AssertionError e) {
                            answered = false;
                        }
                        if (!answered) {
                            failures.incrementAndGet();
                        }
                        times.add(System.nanoTime() - started);
                    }
                    return null;
                });
            }
            var cpuBefore = ToolUnderTest.serverCpu();
            var start = System.nanoTime();
            deadline[0] = start + window.toNanos();
            var running = tasks.stream().map(pool::submit).toList();
            ready.countDown();
            for (var task : running) {
                task.get();
            }
            var wall = Duration.ofNanos(System.nanoTime() - start);
            var cpu = ToolUnderTest.serverCpu().minus(cpuBefore);
            var sorted = new ArrayList<>(times);
            Collections.sort(sorted);
            return new Window(sorted.size(), failures.get(), wall, cpu, sorted);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The server's CPU a second while nothing is asked of it. */
    public static double idleCpuPerSecond() throws InterruptedException {
        var before = ToolUnderTest.serverCpu();
        Thread.sleep(10_000);
        return ToolUnderTest.serverCpu().minus(before).toNanos() / 1e6 / 10;
    }
}
