package org.digitalpractice.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.digitalpractice.lti.launch.LaunchRejected;
import org.digitalpractice.lti.registration.RegistrationNotActive;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts launches by outcome, and refusals by the rule that failed, for the operators' metrics: a burst of one rule
 * after a platform's upgrade says what changed. Refusals arrive as the error pages shown for them.
 */
@ApplicationScoped
public class LaunchOutcomes {

    static final String LAUNCHES = "dp_launches";

    @Inject
    MetricRegistry metrics;

    void accepted(LaunchSessions.Opened opened) {
        metrics.counter(LAUNCHES, new Tag("outcome", "accepted"), new Tag("role", opened.role().name().toLowerCase()))
                .inc();
    }

    void rejected(@Observes LaunchRejected rejected) {
        metrics.counter(LAUNCHES, new Tag("outcome", "rejected"), new Tag("rule", rejected.rule())).inc();
    }

    void registrationNotActive(@Observes RegistrationNotActive notActive) {
        metrics.counter(LAUNCHES, new Tag("outcome", "rejected"), new Tag("rule", "registration not active")).inc();
    }
}
