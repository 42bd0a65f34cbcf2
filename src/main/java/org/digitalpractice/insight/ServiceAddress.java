package org.digitalpractice.insight;

import org.digitalpractice.lti.registration.RegistrationStatus;
import org.digitalpractice.lti.registration.Registrations;
import org.digitalpractice.lti.services.AccessTokens;
import org.digitalpractice.session.people.Course;

import java.util.Optional;

/** Where one of a course's platform services (its roster, its groups) answers, and the client that may call it. */
record ServiceAddress(String url, AccessTokens.Client client) {

    /**
     * Empty when the course's launches never offered the service, or when its registration is pending or switched
     * off: the platform gets no call until the registration is approved (again).
     */
    static Optional<ServiceAddress> of(Course course, Optional<String> url, Registrations registrations) {
        if (url.isEmpty()) {
            return Optional.empty();
        }
        var registration = registrations.deployment(course.deploymentRef()).orElseThrow().registration();
        if (registration.status() != RegistrationStatus.ACTIVE) {
            return Optional.empty();
        }
        return Optional.of(new ServiceAddress(url.get(), AccessTokens.Client.of(registration)));
    }
}
