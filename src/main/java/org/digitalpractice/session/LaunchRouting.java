package org.digitalpractice.session;

import org.digitalpractice.lti.LaunchContext;

import java.net.URI;

/**
 * Where a launch lands: the path of the target_link_uri claim (never the login parameter) when it belongs to the
 * person's role, else their role's home. Deep Linking requests land on the role's home.
 */
final class LaunchRouting {

    private LaunchRouting() {
    }

    static String destination(LaunchContext launch, ToolRole role) {
        if (launch.isDeepLinking()) {
            return role.home();
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
