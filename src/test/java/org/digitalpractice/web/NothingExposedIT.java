package org.digitalpractice.web;

import org.digitalpractice.testing.DeployedTool;
import org.digitalpractice.testing.LaunchClient;
import org.digitalpractice.testing.ToolUnderTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the server shows a stranger: not Payara's list of every endpoint, not its metrics, not the name of the
 * server software; the health checks a load balancer needs stay open.
 */
class NothingExposedIT extends DeployedTool {

    @Test
    void theOpenApiListOfEndpointsIsClosed() {
        assertEquals(403, new LaunchClient().get(ToolUnderTest.toolUrl("/openapi")).statusCode());
    }

    @Test
    void theMetricsAreClosed() {
        assertEquals(403, new LaunchClient().get(ToolUnderTest.toolUrl("/metrics")).statusCode());
    }

    @Test
    void responsesDoNotNameTheServerSoftware() {
        var page = new LaunchClient().get(ToolUnderTest.toolUrl("/"));
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Server").isEmpty(), "Server: " + page.headers().firstValue("Server"));
        assertTrue(page.headers().firstValue("X-Powered-By").isEmpty());
    }

    @Test
    void theHealthChecksStayOpenForTheLoadBalancer() {
        assertEquals(200, new LaunchClient().get(ToolUnderTest.toolUrl("/health/ready")).statusCode());
    }
}
