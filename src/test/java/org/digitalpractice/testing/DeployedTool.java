package org.digitalpractice.testing;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** An integration test of the tool deployed on Payara Micro, reached over HTTP only (Arquillian, not testable). */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedTool {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return ToolUnderTest.war();
    }
}
