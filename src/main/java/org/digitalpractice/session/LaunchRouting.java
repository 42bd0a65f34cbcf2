package org.digitalpractice.session;

import org.digitalpractice.lti.launch.LaunchContext;
import org.digitalpractice.session.people.Placement;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a launch lands: the path of the target_link_uri claim (never the login parameter) when it belongs to the
 * person's role, else their role's home. Deep Linking requests take a trainer to the
 * activities to choose from, anyone else to their role's home.
 */
final class LaunchRouting {

    private LaunchRouting() {
    }

    /**
     * The activity a link opens: the module named by its custom parameter {@code module} or a target of
     * /learn/modules/&lt;slug&gt;, or "self-assessment" for a target under /assess.
     */
    static Optional<String> moduleOf(LaunchContext launch) {
        var custom = launch.custom().get("module");
        if (custom != null && SLUG.matcher(custom).matches()) {
            return Optional.of(custom);
        }
        var path = URI.create(launch.targetLinkUri()).getPath();
        if (path != null && (path.equals("/assess") || path.startsWith("/assess/"))) {
            return Optional.of(Placement.SELF_ASSESSMENT);
        }
        if (path != null && path.startsWith(MODULES)) {
            var slug = path.substring(MODULES.length()).split("/")[0];
            if (SLUG.matcher(slug).matches()) {
                return Optional.of(slug);
            }
        }
        return Optional.empty();
    }

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final String MODULES = "/learn/modules/";
    /** Where a trainer chooses what to add to the course. */
    static final String PLACE = "/author/place";

    static String destination(LaunchContext launch, ToolRole role) {
        if (launch.isDeepLinking()) {
            return role == ToolRole.TRAINER ? PLACE : role.home();
        }
        var module = moduleOf(launch).filter(activity -> !activity.equals(Placement.SELF_ASSESSMENT));
        if (role == ToolRole.LEARNER && module.isPresent()) {
            return MODULES + module.get();
        }
        var uri = URI.create(launch.targetLinkUri());
        var path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        var query = uri.getRawQuery();
        if (path.equals(role.home()) || path.startsWith(role.home() + "/")
                || (role == ToolRole.LEARNER && (path.equals("/assess") || path.startsWith("/assess/")))) {
            return query == null ? path : path + "?" + query;
        }
        return role.home();
    }
}
