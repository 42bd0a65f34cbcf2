package org.digitalpractice.gradebook;

import org.digitalpractice.testing.ToolUnderTest;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Queued scores live in the database: killing the tool (kill -9, no shutdown of any kind) part-way through the
 * queue and starting it again loses none and sends none twice.
 */
@ExtendWith(ArquillianExtension.class)
@Order(Integer.MAX_VALUE)
class GradebookRestartIT {

    static final String TOOL = "tool";

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = TOOL, managed = false, testable = false)
    static WebArchive deployment() {
        return ToolUnderTest.war();
    }

    /** SIGKILL to the Payara Micro this test started, as an out-of-memory killer or a pulled plug would. */
    static void killPayara() throws InterruptedException {
        var payara = ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("payara-micro")).toList();
        assertTrue(!payara.isEmpty(), "the tool's Payara Micro process");
        for (var process : payara) {
            process.destroyForcibly();
        }
        for (var process : payara) {
            process.onExit().join();
        }
    }

    @Test
    void nothingIsLostWhenTheToolIsKilledPartWayThroughTheQueue() throws Exception {
        deployer.deploy(TOOL);
        try {
            GradebookIT.control("/faults", "{\"kind\":\"unavailable\",\"seconds\":600}");
            var queued = Queue.of(200, "northmoor-learner-24");
            Thread.sleep(2500);
            assertTrue(GradebookIT.count("select count(*) from score_outbox where id between ? and ? and attempts > 0",
                    queued.first(), queued.last()) > 0, "delivery was under way when the tool stopped");

            killPayara();
            deployer.undeploy(TOOL);
            deployer.deploy(TOOL);

            // A restart forgets the practice platform's fault (it is in memory): the platform is back.
            queued.assertAllSentOnce();
        } finally {
            deployer.undeploy(TOOL);
        }
    }
}
