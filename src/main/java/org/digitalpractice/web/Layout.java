package org.digitalpractice.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What every page's frame needs: its title, who is here (if anyone), and the launch token and CSRF token that
 * links and forms must carry, because a third-party cookie inside an LMS iframe cannot be relied on.
 */
public record Layout(String title, Viewer viewer, String sessionToken, String csrfToken, boolean practicePlatform) {

    public Layout(String title, Viewer viewer, String sessionToken, String csrfToken) {
        this(title, viewer, sessionToken, csrfToken, false);
    }

    /** Who is using the tool, shown at the top of every signed-in page, and where their own home is. */
    public record Viewer(String name, String roleLabel, String course, String council, String home) {
    }

    public static Layout anonymous(String title) {
        return new Layout(title, null, null, null, false);
    }

    /** The frame of the built-in practice platform's own pages, which must not look like the tool's. */
    public static Layout practice(String title) {
        return new Layout(title, null, null, null, true);
    }

    public String serviceName() {
        return practicePlatform ? "Practice learning platform" : "Digital Practice";
    }

    public boolean signedIn() {
        return viewer != null;
    }

    /** Where the service name in the header leads: a signed-in person's own home, otherwise the front page. */
    public String homeHref() {
        return viewer == null ? "/" : href(viewer.home());
    }

    /** A link within the tool that keeps the launch session. */
    public String href(String path) {
        if (sessionToken == null) {
            return path;
        }
        var separator = path.contains("?") ? "&" : "?";
        return path + separator + "s=" + URLEncoder.encode(sessionToken, StandardCharsets.UTF_8);
    }
}
