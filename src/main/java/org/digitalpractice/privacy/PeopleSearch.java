package org.digitalpractice.privacy;

import java.util.Optional;

/**
 * Who an administrator is looking for: a platform user id (the LTI {@code sub}), an email, or both (anyone matching
 * either), in one council or in all of them. Blank values count as absent.
 */
public record PeopleSearch(Optional<String> subject, Optional<String> email, Optional<Long> deployment) {

    /** LTI 1.3 takes {@code sub} from OpenID Connect, which limits it to 255 ASCII characters. */
    static final int LONGEST_SUBJECT = 255;
    /** The longest address SMTP can deliver to (RFC 5321, section 4.5.3.1.3, less the angle brackets). */
    static final int LONGEST_EMAIL = 254;

    /** The search these query parameters ask for, or {@link Refused} (400) saying what to change. */
    public static PeopleSearch of(String subject, String email, String deployment) {
        var sub = Optional.ofNullable(subject).filter(s -> !s.isBlank());
        var mail = Optional.ofNullable(email).map(String::strip).filter(s -> !s.isEmpty());
        if (sub.isEmpty() && mail.isEmpty()) {
            throw new Refused(400, "Say whom to look for: ?subject=<their user id in the platform> or "
                    + "?email=<their email>, or both (people matching either are listed).");
        }
        if (sub.isPresent() && sub.get().length() > LONGEST_SUBJECT) {
            throw new Refused(400, "subject is " + sub.get().length() + " characters long; a platform user id "
                    + "(LTI sub) is at most " + LONGEST_SUBJECT + ", so no one can have this one.");
        }
        if (mail.isPresent() && mail.get().length() > LONGEST_EMAIL) {
            throw new Refused(400, "email is " + mail.get().length() + " characters long; an email address is at "
                    + "most " + LONGEST_EMAIL + ", so no one can have this one.");
        }
        Optional<Long> council = Optional.empty();
        if (deployment != null && !deployment.isBlank()) {
            try {
                council = Optional.of(Long.parseLong(deployment.strip()));
            } catch (NumberFormatException e) {
                throw new Refused(400, "deployment must be the number of a council's deployment (its 'deployment' in "
                        + "this API's answers), not '" + abbreviate(deployment) + "'. Leave it out to search every "
                        + "council.");
            }
        }
        return new PeopleSearch(sub, mail, council);
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
