package org.digitalpractice.gradebook;

import org.digitalpractice.testing.Eventually;
import org.digitalpractice.testing.LaunchClient;
import org.digitalpractice.testing.TestLaunch;
import org.digitalpractice.testing.ToolUnderTest;
import org.digitalpractice.testing.WithTestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a council's operations team relies on when it runs two nodes behind a load balancer: the shared tool of the
 * run is node A, and this class starts node B, a second Payara Micro on 127.0.0.1 with the same WAR, settings and
 * PostgreSQL database (as in production, both have the same public base URL). Requests alternate between them.
 * PostgreSQL only: an H2 file belongs to one process. Runs after the classes that share the tool, before the
 * restart test.
 */
@Order(Integer.MAX_VALUE - 1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT extends WithTestPlatform {

    static final Duration BOOT = Duration.ofSeconds(Integer.getInteger("payara.startupTimeoutInSeconds", 240));

    static Process nodeB;
    static int portB;
    static long keysBeforeB;

    @BeforeAll
    static void startNodeB() throws Exception {
        assumeTrue("postgres".equals(ToolUnderTest.database()),
                "two nodes share one PostgreSQL database; an H2 file belongs to one process");
        portB = freePort();
        keysBeforeB = GradebookIT.count("select count(*) from tool_key");
        var work = Files.createDirectories(Path.of("target", "node-b"));
        // Deployed at the root, as node A is: GOV.UK Frontend's CSS uses absolute /assets/ URLs.
        var war = Files.copy(Path.of(System.getProperty("it.war")), work.resolve("ROOT.war"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        var payara = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", System.getProperty("payara.microJar"), "--deploy", war.toString(),
                "--port", String.valueOf(portB), "--nocluster", "--nohazelcast", "--disablephonehome",
                "--rootdir", work.resolve("root").toString(),
                "--prebootcommandfile", Path.of("src", "main", "payara", "loopback.asadmin").toString(),
                "--postbootcommandfile", Path.of("src", "main", "payara", "postboot.asadmin").toString());
        // The same environment as node A (failsafe gives this JVM the tool's DP_* settings).
        payara.redirectErrorStream(true).redirectOutput(work.resolve("payara.log").toFile());
        nodeB = payara.start();
        // A test JVM that ends any way but a kill takes node B with it.
        Runtime.getRuntime().addShutdownHook(new Thread(TwoNodesIT::stopNodeB));
        // Payara Micro applies the post-boot commands after a first deployment and then redeploys: the tool is
        // ready only once the log says the deployment is done, and it answers.
        var log = work.resolve("payara.log");
        Eventually.within(BOOT, () -> nodeB.isAlive() && logSays(log, "Deployed 1 archive(s)")
                        && status(urlOfB("/.well-known/jwks.json")) == 200,
                () -> "node B answers on port " + portB + " (see target/node-b/payara.log)");
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null && nodeB.isAlive()) {
            nodeB.destroyForcibly();
            nodeB.onExit().join();
        }
    }

    static boolean logSays(Path log, String text) {
        try {
            return Files.exists(log) && Files.readString(log).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static String urlOfB(String path) {
        return "http://localhost:" + portB + path;
    }

    /** The same request, sent to node B instead of node A. */
    static String onB(String urlOfA) {
        return urlOfA.replace("//localhost:" + ToolUnderTest.port() + "/", "//localhost:" + portB + "/");
    }

    static int status(String url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET()
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    @Test
    @Order(1)
    void aLaunchOnOneNodeContinuesOnTheOtherAndEitherSeesWhatTheOtherSaved() {
        var learner = TestLaunch.learner(platform, "two-nodes-" + UUID.randomUUID());
        var browser = new LaunchClient();
        var overview = browser.get(onB(learner.url("/learn/modules/digital-professionalism")));
        assertEquals(200, overview.statusCode(), "node B opens the session node A made");
        assertTrue(overview.body().contains("Start this module"));

        // A form from node B's page, posted to node B: its CSRF token is good on both nodes.
        var started = browser.post(onB(learner.url("/learn/modules/digital-professionalism/start")),
                Map.of("csrf", TestLaunch.csrf(overview)));
        assertEquals(303, started.statusCode(), started.body());
        assertTrue(learner.get("/learn/modules/digital-professionalism").body().contains(">Continue<"),
                "node A sees the start node B saved");
    }

    @Test
    @Order(2)
    void bothNodesPublishTheSameKeysAndMadeNoSecondOne() {
        var keysOfA = new LaunchClient().get(ToolUnderTest.toolUrl("/.well-known/jwks.json"));
        var keysOfB = new LaunchClient().get(urlOfB("/.well-known/jwks.json"));
        assertEquals(200, keysOfB.statusCode());
        assertEquals(keysOfA.body(), keysOfB.body(), "one key set for the cluster");
        assertEquals(keysBeforeB, GradebookIT.count("select count(*) from tool_key"),
                "node B's start found the cluster's signing key and made none of its own");
    }

    /**
     * Both delivery workers poll the same outbox: every score reaches the gradebook once. Then node B is killed
     * (SIGKILL) part-way through a queue, and node A delivers the rest, the scores B had leased included.
     */
    @Test
    @Order(4)
    void scoresAreDeliveredOnceByTwoWorkersAndOneNodeFinishesWhatAKilledNodeLeft() throws Exception {
        var both = Queue.of(300, "northmoor-learner-25");
        both.assertAllSentOnce();

        GradebookIT.control("/faults", "{\"kind\":\"unavailable\",\"seconds\":600}");
        try {
            var left = Queue.of(200, "northmoor-learner-26");
            Eventually.within(GradebookIT.DEADLINE, () -> GradebookIT.count("select count(*) from score_outbox "
                            + "where id between ? and ? and attempts > 0", left.first(), left.last()) > 20,
                    () -> "both workers were trying to deliver");
            stopNodeB();
            GradebookIT.control("/faults", "{\"kind\":\"none\"}");
            left.assertAllSentOnce();
        } finally {
            GradebookIT.control("/faults", "{\"kind\":\"none\"}");
        }
    }

    /** An hourly job started on both nodes at the same moment runs on one of them only. */
    @Test
    @Order(3)
    void aJobBothNodesStartAtOnceRunsOnOne() throws Exception {
        try (var connection = ToolUnderTest.connect(); var reset = connection.prepareStatement(
                "update cluster_lock set last_run = null where name = 'retention'")) {
            reset.executeUpdate();
        }
        var pool = Executors.newFixedThreadPool(2);
        try {
            var runs = new ArrayList<Callable<String>>();
            for (var url : List.of(ToolUnderTest.toolUrl("/admin/retention/run"), urlOfB("/admin/retention/run"))) {
                runs.add(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer it-admin-token")
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).body());
            }
            var answers = new ArrayList<String>();
            for (var answer : pool.invokeAll(runs)) {
                answers.add(answer.get());
            }
            assertEquals(1, answers.stream().filter(a -> a.contains("\"ran\":true")).count(), answers.toString());
            assertEquals(1, answers.stream().filter(a -> a.contains("\"ran\":false")).count(), answers.toString());
        } finally {
            pool.shutdown();
        }
    }
}
