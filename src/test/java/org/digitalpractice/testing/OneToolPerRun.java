package org.digitalpractice.testing;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * Boots the tool once for every test class of a run instead of once per class. Payara Micro cannot deploy into a
 * running server, so Arquillian's per-class deployment meant a new server each time (11 to 14 s). The tests reach
 * the tool over HTTP only, so they can share one. A class that deploys the tool itself (managed = false, such as
 * a restart test) gets the port to itself: the shared server stops first and starts again for the next class.
 */
public class OneToolPerRun implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(SharedDeployment.class);
    }

    public static class SharedDeployment {

        @Inject
        private Instance<DeploymentScenario> scenario;

        private DeployableContainer<?> container;
        private DeploymentDescription running;

        public void deploy(@Observes EventContext<DeployManagedDeployments> event) throws DeploymentException {
            if (!sharesTheTool()) {
                stop();
                event.proceed();
            } else if (running == null) {
                event.proceed();
            }
        }

        public void keep(@Observes EventContext<UnDeployManagedDeployments> event) {
            if (!sharesTheTool()) {
                event.proceed();
            }
        }

        public void remember(@Observes AfterDeploy deployed) {
            if (sharesTheTool() && deployed.getDeployment().managed()) {
                container = deployed.getDeployableContainer();
                running = deployed.getDeployment();
            }
        }

        public void stopAtTheEnd(@Observes AfterSuite event) throws DeploymentException {
            stop();
        }

        private boolean sharesTheTool() {
            var current = scenario.get();
            return current != null && !current.managedDeploymentsInDeployOrder().isEmpty();
        }

        private void stop() throws DeploymentException {
            if (running != null) {
                var description = running;
                running = null;
                container.undeploy(description.getArchive());
            }
        }
    }
}
