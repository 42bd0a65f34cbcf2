package org.digitalpractice.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.infrastructure.Secrets;
import org.digitalpractice.infrastructure.Settings;
import org.digitalpractice.web.Layout;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;

/**
 * The session of the current request, taken from the launch token in the query string ({@code s}) or, where the
 * browser allows it, from the partitioned session cookie. Resources declare who may call them with {@link Roles};
 * their methods then read the admitted viewer with {@link #viewer()}.
 */
@RequestScoped
public class CurrentSession {

    public static final String COOKIE = "dp_session";
    public static final String TOKEN_PARAM = "s";

    @Inject
    HttpServletRequest request;
    @Inject
    LaunchSessions sessions;
    @Inject
    Secrets secrets;
    @Inject
    Settings settings;
    @Inject
    Clock clock;

    private Viewer viewer;

    public LaunchTokens tokens() {
        return new LaunchTokens(secrets.secret("launch-token"), clock, settings.launchTokenLifetime());
    }

    public Optional<Viewer> find() {
        if (viewer == null) {
            var tokens = tokens();
            viewer = queryToken().flatMap(tokens::open)
                    .or(() -> cookie().flatMap(tokens::open))
                    .flatMap(sessions::find)
                    .orElse(null);
        }
        return Optional.ofNullable(viewer);
    }

    /** The viewer that the resource's {@link Roles} check admitted (or any session's, for a page open to all). */
    public Viewer viewer() {
        return require();
    }

    /** The viewer, who must hold one of the given roles (any role when none is given). */
    public Viewer require(ToolRole... roles) {
        var found = find().orElseThrow(() -> new Problem(401, "Your session has ended",
                "Digital Practice could not find your session. Sessions end after a period without activity, "
                        + "and links from one session cannot be reused.",
                "Go back to your learning platform and open Digital Practice again."));
        if (roles.length > 0 && Arrays.stream(roles).noneMatch(r -> r == found.role())) {
            throw Problem.forbidden("This page is for " + String.join(" and ",
                    Arrays.stream(roles).map(ToolRole::label).toList()).toLowerCase()
                    + "s. You opened Digital Practice as a " + found.role().label().toLowerCase() + ".");
        }
        return found;
    }

    /** Every form posts its CSRF token; a request without the right one changes nothing. */
    public void checkCsrf(String presented) {
        var current = require();
        if (!tokens().csrfMatches(current.sessionSecret(), presented)) {
            throw new Problem(403, "This form has expired",
                    "The form was not sent with a valid security token, so nothing was saved.",
                    "Go back, reload the page and try again.");
        }
    }

    /** The page frame for the current viewer, with a fresh launch token for its links and forms. */
    public Layout layout(String title) {
        var current = require();
        var tokens = tokens();
        return new Layout(title,
                new Layout.Viewer(current.person().displayName(), current.role().label(), current.courseTitle(),
                        current.councilName(), current.role().home()),
                tokens.issue(current.sessionSecret()), tokens.csrfToken(current.sessionSecret()));
    }

    /** A redirect target within the tool that keeps the session, for the Post/Redirect/Get of forms. */
    public java.net.URI redirect(String path) {
        var token = tokens().issue(require().sessionSecret());
        var separator = path.contains("?") ? "&" : "?";
        return java.net.URI.create(path + separator + TOKEN_PARAM + "="
                + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    private Optional<String> queryToken() {
        var query = request.getQueryString();
        if (query == null) {
            return Optional.empty();
        }
        return Arrays.stream(query.split("&"))
                .filter(pair -> pair.startsWith(TOKEN_PARAM + "="))
                .map(pair -> URLDecoder.decode(pair.substring(TOKEN_PARAM.length() + 1), StandardCharsets.UTF_8))
                .findFirst();
    }

    private Optional<String> cookie() {
        var cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).map(c -> c.getValue()).findFirst();
    }
}
