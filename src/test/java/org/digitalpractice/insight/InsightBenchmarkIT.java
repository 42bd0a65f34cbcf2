package org.digitalpractice.insight;

import org.digitalpractice.testing.DeployedTool;
import org.digitalpractice.testing.TestLaunch;
import org.digitalpractice.testing.ToolUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A benchmark, not a test: the leads' course view for 5,000 learners by 10 placed modules, and the CSV export of
 * 100,000 rows (10,000 learners by 10 modules) with the server's heap sampled by jstat while it streams. Run it with
 * -Ddp.benchmark=true (see docs/benchmarks.md); it asserts only that the answers are complete.
 */
@EnabledIfSystemProperty(named = "dp.benchmark", matches = "true")
class InsightBenchmarkIT extends DeployedTool {

    static final List<String> SLUGS = List.of("boundaries-online", "digital-evidence-and-law", "digital-leadership",
            "digital-professionalism", "online-harm-adults", "online-harm-children");

    /**
     * A course of Northmoor's with {@code learners} on the roster and ten placed modules, about two thirds of cells
     * with progress, and Northmoor's lead to look at it.
     */
    static TestLaunch seed(String context, int learners) throws SQLException {
        var lead = TestLaunch.fromPractice("northmoor", "northmoor-adults", "northmoor-lead");
        long deployment = InsightData.deploymentOf(InsightData.course("northmoor-adults"));
        long course = InsightData.addCourse(deployment, context);
        for (int i = 0; i < 10; i++) {
            var slug = SLUGS.get(i % SLUGS.size());
            InsightData.addPlacement(course, "Module " + (i + 1), slug, i % 2 == 0 ? "2026-06-30" : null);
        }
        seedLearners(deployment, course, context, learners, SLUGS);
        return lead;
    }

    static final String PERSON = "insert into app_user (id, deployment_ref, subject, display_name, email, "
            + "first_seen, last_seen) values (?, ?, ?, ?, ?, ?, ?)";

    /**
     * {@code learners} people on the course's roster, named {@code <context>-<n>}, with progress in about two thirds
     * of the given modules (half of that completed), committed in batches and analysed as a database in use is.
     * Returns their ids, learner 0 first.
     */
    static List<Long> seedLearners(long deployment, long course, String context, int learners, List<String> slugs)
            throws SQLException {
        var modules = new ArrayList<long[]>();
        slugs.forEach(slug -> modules.add(InsightData.module(slug)));
        var now = Instant.now();
        var ids = new ArrayList<Long>();
        try (var connection = InsightData.connect()) {
            connection.setAutoCommit(false);
            try (var member = connection.prepareStatement("insert into roster_member (course_ref, user_id, "
                    + "display_name, email, roles, status, first_seen, last_seen, left_at) "
                    + "values (?, ?, ?, ?, ?, 'Active', ?, ?, null)");
                 var person = connection.prepareStatement(PERSON);
                 var progress = connection.prepareStatement(InsightData.PROGRESS)) {
                for (int n = 0; n < learners; n++) {
                    var subject = context + "-" + n;
                    var name = "Learner " + String.format("%05d", n);
                    member.setLong(1, course);
                    member.setString(2, subject);
                    member.setString(3, name);
                    member.setString(4, subject + "@bench.example");
                    member.setString(5, InsightIT.LEARNER);
                    member.setTimestamp(6, Timestamp.from(now));
                    member.setTimestamp(7, Timestamp.from(now));
                    member.addBatch();
                    long id = InsightData.nextId();
                    ids.add(id);
                    person.setLong(1, id);
                    person.setLong(2, deployment);
                    person.setString(3, subject);
                    person.setString(4, name);
                    person.setString(5, subject + "@bench.example");
                    person.setTimestamp(6, Timestamp.from(now));
                    person.setTimestamp(7, Timestamp.from(now));
                    person.addBatch();
                    for (int m = 0; m < modules.size(); m++) {
                        int state = (n + m) % 3;
                        if (state == 0) {
                            continue;
                        }
                        var started = now.minusSeconds(86_400L * ((n % 90) + 1));
                        progress.setLong(1, InsightData.nextId());
                        progress.setLong(2, deployment);
                        progress.setLong(3, id);
                        progress.setLong(4, modules.get(m)[0]);
                        progress.setLong(5, modules.get(m)[1]);
                        progress.setTimestamp(6, Timestamp.from(started));
                        progress.setTimestamp(7, Timestamp.from(started.plusSeconds(1800)));
                        progress.setTimestamp(8, state == 2 ? Timestamp.from(started.plusSeconds(1800)) : null);
                        progress.setObject(9, state == 2 ? 80 + n % 21 : null);
                        progress.addBatch();
                    }
                    if (n % 1000 == 999) {
                        member.executeBatch();
                        person.executeBatch();
                        progress.executeBatch();
                        connection.commit();
                    }
                }
                member.executeBatch();
                person.executeBatch();
                progress.executeBatch();
                connection.commit();
            }
            // A database in use has statistics on its tables; fresh bulk inserts do not, until this.
            try (var analyze = connection.createStatement()) {
                analyze.execute("analyze");
            }
            connection.commit();
        }
        return ids;
    }

    @Test
    void courseViewForFiveThousandLearnersByTenModules() throws Exception {
        var context = "leads-bench-view-" + InsightData.run();
        var lead = seed(context, 5000);
        long course = InsightData.course(context);
        var path = "/insight/courses/" + course;
        for (int i = 0; i < 3; i++) {
            assertEquals(200, lead.get(path).statusCode());
        }
        long first = InsightData.one("select min(id) from placement where course_ref = ? and module_slug is not null",
                course);
        var times = new ArrayList<Long>();
        String body = "";
        for (int i = 0; i < 7; i++) {
            // Every other request sorts by a module's column, the most work a sort asks for.
            var start = System.nanoTime();
            body = lead.get(path + (i % 2 == 0 ? "" : "?sort=module-" + first)).body();
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        assertEquals(true, body.contains("id=\"active-count\">5000<"), "5,000 learners");
        var sorted = times.stream().sorted().toList();
        System.out.printf("BENCHMARK course view 5000 x 10 on %s: median %d ms, min %d ms, max %d ms (%d bytes)%n",
                ToolUnderTest.database(), sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1),
                body.length());
    }

    @Test
    void csvOfOneHundredThousandRows() throws Exception {
        var context = "leads-bench-csv-" + InsightData.run();
        var lead = seed(context, 10_000);
        var base = ToolUnderTest.toolUrl("/insight/courses/" + InsightData.course(context));
        var token = "?s=" + TestLaunch.encode(org.digitalpractice.testing.LaunchClient.query(lead.landing()).get("s"));
        // The long form: a row per person and module, 100,000 of them.
        measure("CSV 100000 rows", base + "/completion-by-module.csv" + token, 100_001);
        // The grid the lead sees: a row per person with ten modules' cells each, the same 100,000 cells.
        measure("CSV grid 10000 people x 10 modules", base + "/completion.csv" + token, 10_001);
    }

    static void measure(String what, String url, long lines) throws Exception {
        download(url);
        // Timed alone first: the full GCs of the memory run below would slow it down.
        var start = System.nanoTime();
        var counted = download(url);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(lines, counted[0], "a header and every row");

        var server = serverPid();
        long before = liveHeap(server);
        var peak = new AtomicLong(before);
        var fullGcs = new AtomicLong();
        var sampling = new AtomicBoolean(true);
        // Heap in use includes garbage not yet collected; the live objects are what the server really holds.
        var sampler = new Thread(() -> {
            while (sampling.get()) {
                peak.accumulateAndGet(liveHeap(server), Math::max);
                fullGcs.incrementAndGet();
            }
        });
        sampler.start();
        download(url);
        sampling.set(false);
        sampler.join();
        System.out.printf("BENCHMARK %s on %s: %d ms, %d bytes; server's live heap: %d MiB "
                        + "before, at most %d MiB in %d counts while streaming; max heap %s%n",
                what, ToolUnderTest.database(), millis, counted[1], before >> 20, peak.get() >> 20, fullGcs.get(),
                maxHeap(server));
    }

    /** Reads the whole response, counting lines and bytes, holding none of it. */
    static long[] download(String url) throws IOException, InterruptedException {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        long lines = 0;
        long bytes = 0;
        try (InputStream in = response.body()) {
            var buffer = new byte[65536];
            int read;
            while ((read = in.read(buffer)) > 0) {
                bytes += read;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return new long[]{lines, bytes};
    }

    /**
     * The heap the server holds: a class histogram of live objects, taken in one safepoint after a full GC, so no
     * allocation between the GC and the count can inflate it.
     */
    static long liveHeap(long pid) {
        var matcher = java.util.regex.Pattern.compile("Total\\s+\\d+\\s+(\\d+)")
                .matcher(jcmd(pid, "GC.class_histogram"));
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }

    /** The Payara Micro process of this test run: the one listening on the tool's port. */
    static long serverPid() throws IOException {
        var port = "--port " + ToolUnderTest.port();
        try (var processes = Files.list(Path.of("/proc"))) {
            for (var dir : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    var command = new String(Files.readAllBytes(dir.resolve("cmdline")), StandardCharsets.UTF_8)
                            .replace('\0', ' ');
                    if (command.contains("payara-micro") && command.contains(port)) {
                        return Long.parseLong(dir.getFileName().toString());
                    }
                } catch (IOException gone) {
                    // the process ended while we looked
                }
            }
        }
        throw new IllegalStateException("no Payara Micro process with " + port);
    }

    static String jcmd(long pid, String command) {
        try {
            var process = new ProcessBuilder("jcmd", String.valueOf(pid), command).redirectErrorStream(true).start();
            var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return out;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static String maxHeap(long pid) {
        var flags = jcmd(pid, "VM.flags");
        var matcher = java.util.regex.Pattern.compile("MaxHeapSize=(\\d+)").matcher(flags);
        return matcher.find() ? (Long.parseLong(matcher.group(1)) >> 20) + " MiB" : "unknown";
    }
}
