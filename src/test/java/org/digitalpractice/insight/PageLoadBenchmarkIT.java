package org.digitalpractice.insight;

import org.digitalpractice.testing.Load;
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
 * asked for until its cost settles, so that the JIT has compiled its path. Run it with
 * -Ddp.benchmark=true (see docs/benchmarks.md); it asserts only that no request failed.
 */
@EnabledIfSystemProperty(named = "dp.benchmark", matches = "true")
class PageLoadBenchmarkIT extends WithTestPlatform {

    static final List<String> EVERY_MODULE = List.of("ai-tools-in-practice", "boundaries-online",
            "data-protection-and-information-sharing", "digital-evidence-and-law", "digital-leadership",
            "digital-professionalism", "online-harm-adults", "online-harm-children");
    static final int LEARNERS = 300;
    /** People of the same council on other courses, each with a self-assessment: a council is bigger than a course. */
    static final int ELSEWHERE_IN_THE_COUNCIL = 3_000;
    static final Duration WINDOW = Duration.ofSeconds(Long.getLong("dp.benchmark.seconds", 60));
    /** {@code -Ddp.benchmark.connections=200} measures at 200 connections only. */
    static final int[] CONNECTIONS = java.util.Arrays.stream(System.getProperty("dp.benchmark.connections", "8,200")
            .split(",")).mapToInt(c -> Integer.parseInt(c.trim())).toArray();

    @Test
    void pagesAtConcurrencyEightAndAtTwoHundredConnections() throws Exception {
        var context = "pages-bench-" + InsightData.run();
        // Each module is placed as a trainer places it: a link carrying the module.
        for (var slug : EVERY_MODULE) {
            InsightIT.launch("lead-" + context, InsightIT.MENTOR, context, "link-" + slug, Map.of("module", slug));
        }
        long course = InsightData.course(context);
        long deployment = InsightData.deploymentOf(course);
        var seeded = InsightBenchmarkIT.seedLearners(deployment, course, context, LEARNERS, EVERY_MODULE);
        seedSelfAssessments(deployment, context, seeded);
        var inProgress = EVERY_MODULE.get(1);

        System.out.printf("BENCHMARK idle server on %s: %.1f ms of CPU a second%n", ToolUnderTest.database(),
                Load.idleCpuPerSecond());
        for (int connections : CONNECTIONS) {
            var learners = sessions(connections, n -> InsightIT.launch(context + "-" + n,
                    "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner", context, "link-" + inProgress, Map.of("module", inProgress)));
            var leads = sessions(connections, n -> InsightIT.launch("lead-" + context, InsightIT.MENTOR, context,
                    "link-" + inProgress, Map.of("module", inProgress)));
            measure("learner home", connections, learners, "/learn");
            measure("module page", connections, learners, "/learn/modules/" + inProgress);
            measure("lead course view", connections, leads, "/insight/courses/" + course);
        }
    }

    /**
     * A submitted self-assessment for every second learner of the course, and for each of the council's people
     * elsewhere, so that the course view's self-assessment column reads from a council-sized table.
     */
    static void seedSelfAssessments(long deployment, String context, List<Long> learners)
            throws java.sql.SQLException {
        long framework = InsightData.one("select id from framework_version where version_number = "
                + "(select max(version_number) from framework_version)");
        var at = java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofDays(20)));
        var assessed = new ArrayList<Long>();
        for (int n = 0; n < learners.size(); n += 2) {
            assessed.add(learners.get(n));
        }
        try (var connection = InsightData.connect()) {
            connection.setAutoCommit(false);
            try (var person = connection.prepareStatement(InsightBenchmarkIT.PERSON);
                 var attempt = connection.prepareStatement("insert into assessment_attempt (id, deployment_ref, "
                         + "user_ref, framework_ref, placement_ref, attempt_number, status, resume_at, started_at, "
                         + "updated_at, submitted_at) values (?, ?, ?, ?, null, 1, 'SUBMITTED', 'check', ?, ?, ?)")) {
                for (int n = 0; n < ELSEWHERE_IN_THE_COUNCIL; n++) {
                    long id = InsightData.nextId();
                    person.setLong(1, id);
                    person.setLong(2, deployment);
                    person.setString(3, context + "-elsewhere-" + n);
                    person.setString(4, "Colleague " + n);
                    person.setString(5, context + "-elsewhere-" + n + "@bench.example");
                    person.setTimestamp(6, at);
                    person.setTimestamp(7, at);
                    person.addBatch();
                    assessed.add(id);
                }
                person.executeBatch();
                for (var id : assessed) {
                    attempt.setLong(1, InsightData.nextId());
                    attempt.setLong(2, deployment);
                    attempt.setLong(3, id);
                    attempt.setLong(4, framework);
                    attempt.setTimestamp(5, at);
                    attempt.setTimestamp(6, at);
                    attempt.setTimestamp(7, at);
                    attempt.addBatch();
                }
                attempt.executeBatch();
                connection.commit();
            }
            connection.setAutoCommit(true);
            try (var analyze = connection.createStatement()) {
                analyze.execute("analyze");
            }
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

    /**
     * Each session requests the page over and over, all at once: first until the server's cost per request
     * settles, then for the window. Every answer must be a 200.
     */
    static void measure(String page, int connections, List<TestLaunch> sessions, String path) throws Exception {
        var requests = sessions.stream().map(session -> (Callable<Boolean>) () ->
                session.get(path).statusCode() == 200).toList();
        Load.warmUntilSettled(page + " at " + connections + " connections", requests);
        var window = Load.run(requests, WINDOW);
        System.out.printf("BENCHMARK %s on %s at %d connections: %s%n", page, ToolUnderTest.database(),
                connections, window.described());
        assertEquals(0, window.failures(), page + ": every request answered 200");
    }

}
