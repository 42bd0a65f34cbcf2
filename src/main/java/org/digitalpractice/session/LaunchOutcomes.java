package org.digitalpractice.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.digitalpractice.lti.launch.LaunchRejected;
import org.digitalpractice.lti.registration.RegistrationNotActive;
import org.digitalpractice.infrastructure.Counters;

/**
 * Counts launches by outcome, and refusals by the rule that failed, for the operators' metrics: a burst of one rule
 * after a platform's upgrade says what changed. Refusals arrive as the error pages shown for them.
 */
@ApplicationScoped
public class LaunchOutcomes {

    static final String LAUNCHES = "dp_launches";

    @Inject
    Counters counters;

    void accepted(LaunchSessions.Opened opened) {
        counters.increment(LAUNCHES, "outcome", "accepted", "role", opened.role().name().toLowerCase());
    }

    void rejected(@Observes LaunchRejected rejected) {
        counters.increment(LAUNCHES, "outcome", "rejected", "rule", rejected.rule());
    }

    void registrationNotActive(@Observes RegistrationNotActive notActive) {
        counters.increment(LAUNCHES, "outcome", "rejected", "rule", "registration not active");
    }
}
