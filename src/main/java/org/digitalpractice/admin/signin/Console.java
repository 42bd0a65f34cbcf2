package org.digitalpractice.admin.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.digitalpractice.infrastructure.Problem;

/**
 * The administrator signed in for this request, as {@link ConsoleGate} admitted them, and the frame of their
 * pages with the CSRF token of their session.
 */
@RequestScoped
public class Console {

    @Inject
    FormGuard guard;

    private Administrator administrator;
    private String sessionToken;

    void admit(Administrator administrator, String sessionToken) {
        this.administrator = administrator;
        this.sessionToken = sessionToken;
    }

    public Administrator administrator() {
        if (administrator == null) {
            throw new Problem(401, "You are signed out", "This console page needs an administrator to sign in.",
                    "Sign in at /admin/sign-in.");
        }
        return administrator;
    }

    /** A console page about something that does not exist (any more): 404, and the way back to the console. */
    public static Problem notFound(String detail) {
        return new Problem(404, "Page not found", detail, "Go back to the console at /admin/console.");
    }

    String sessionToken() {
        return sessionToken;
    }

    public ConsoleLayout layout(String title, String section) {
        return new ConsoleLayout(title, administrator().fullName(), guard.token(sessionToken), section);
    }
}
