package org.digitalpractice.lti.dynamic;

import org.digitalpractice.infrastructure.Problem;

/**
 * A Dynamic Registration the tool refuses, with the rule that failed in words a platform administrator can act
 * on. Nothing is stored when it is thrown, and the registration link is not used up unless the detail says so.
 */
public class RegistrationRefused extends Problem {

    static final String TITLE = "Digital Practice could not be registered";
    static final String TRY_AGAIN = "Nothing was stored, and your registration link still works until it expires. "
            + "Fix the cause, then register Digital Practice again from your learning platform.";
    static final String NEW_LINK = "Nothing was stored. Ask the people who run Digital Practice for a new "
            + "registration link, then register Digital Practice again from your learning platform.";

    RegistrationRefused(int status, String detail, String nextStep) {
        super(status, TITLE, detail, nextStep);
    }

    /** The request or the platform is at fault; the same link can be used again once it is fixed. */
    static RegistrationRefused because(String detail) {
        return new RegistrationRefused(400, detail, TRY_AGAIN);
    }

    /** A platform address the tool will not call: a private one, while such addresses are not allowed. */
    static RegistrationRefused notAllowed(String detail) {
        return new RegistrationRefused(403, detail, TRY_AGAIN);
    }

    static RegistrationRefused unknownLink() {
        return new RegistrationRefused(404, "This registration link is not one Digital Practice made. Check that the "
                + "whole address was copied.", NEW_LINK);
    }

    static RegistrationRefused expiredLink() {
        return new RegistrationRefused(410, "This registration link has expired.", NEW_LINK);
    }

    static RegistrationRefused usedLink() {
        return new RegistrationRefused(410, "This registration link was already used: each link registers one "
                + "learning platform, once.", NEW_LINK);
    }

    static RegistrationRefused alreadyRegistered(String why) {
        return new RegistrationRefused(409, "Your learning platform registered Digital Practice, but " + why
                + ": Digital Practice keeps the registration it has.", "Nothing was stored. Ask the people who run "
                + "Digital Practice to check their registrations for your platform, quoting the reference below.");
    }
}
