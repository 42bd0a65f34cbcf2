package org.digitalpractice.gradebook;

import org.digitalpractice.testing.ToolUnderTest;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Queued scores live in the database: stopping and starting the tool part-way through the queue loses none. */
@ExtendWith(ArquillianExtension.class)
class GradebookRestartIT {

    static final String TOOL = "tool";

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = TOOL, managed = false, testable = false)
    static WebArchive deployment() {
        return ToolUnderTest.war();
    }

    @Test
    void nothingIsLostWhenTheToolRestartsPartWayThroughTheQueue() throws Exception {
        deployer.deploy(TOOL);
        try {
            var person = "northmoor-learner-24";
            var lineItem = GradebookIT.completedAndDelivered(person);
            GradebookIT.control("/faults", "{\"kind\":\"unavailable\",\"seconds\":600}");
            var ids = GradebookIT.queue(200, person, lineItem);
            Thread.sleep(2500);
            assertTrue(GradebookIT.count("select count(*) from score_outbox where id between ? and ? and attempts > 0",
                    ids[0], ids[199]) > 0, "delivery was under way when the tool stopped");

            deployer.undeploy(TOOL);
            deployer.deploy(TOOL);

            // A restart forgets the practice platform's fault (it is in memory): the platform is back.
            GradebookIT.assertAllSentOnce(ids, lineItem, person);
        } finally {
            deployer.undeploy(TOOL);
        }
    }
}
