package org.digitalpractice.lti.registration;

import org.digitalpractice.infrastructure.Problem;

/**
 * A login or launch through a registration that may not launch the tool: one still waiting for approval, or one
 * switched off. The page says which, and who can change it.
 */
public class RegistrationNotActive extends Problem {

    RegistrationNotActive(Registration registration) {
        super(403, title(registration.status()), detail(registration), nextStep(registration.status()));
    }

    private static String title(RegistrationStatus status) {
        return status == RegistrationStatus.PENDING ? "Digital Practice is waiting for approval"
                : "Digital Practice is switched off for your learning platform";
    }

    private static String detail(Registration registration) {
        var which = registration.platformName() + " (issuer '" + registration.issuer() + "', client_id '"
                + registration.clientId() + "')";
        return registration.status() == RegistrationStatus.PENDING
                ? "Your learning platform, " + which + ", has registered Digital Practice. The registration waits for "
                + "approval by the people who run Digital Practice, and until then nobody can open it from there."
                : "The people who run Digital Practice have switched off the registration of " + which + ".";
    }

    private static String nextStep(RegistrationStatus status) {
        return status == RegistrationStatus.PENDING
                ? "Try again once the people who run Digital Practice have approved the registration. If it takes "
                + "longer than you expect, ask your learning platform administrator to contact them, with the "
                + "reference below."
                : "Ask your learning platform administrator to contact the people who run Digital Practice, with the "
                + "reference below.";
    }
}
