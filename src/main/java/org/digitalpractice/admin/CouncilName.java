package org.digitalpractice.admin;

import org.digitalpractice.lti.registration.Registrations;

import java.util.Optional;

/** A council name as an administrator types it, in the console or through the API: the same checks for both. */
final class CouncilName {

    private CouncilName() {
    }

    static Optional<String> problem(String councilName) {
        if (councilName == null || councilName.isBlank()) {
            return Optional.of("Enter the council's name");
        }
        if (councilName.strip().length() > Registrations.LONGEST_COUNCIL_NAME) {
            return Optional.of("Council name must be " + Registrations.LONGEST_COUNCIL_NAME + " characters or fewer");
        }
        if (councilName.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("Council name must be on one line, without control characters");
        }
        return Optional.empty();
    }
}
