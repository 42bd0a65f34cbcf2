package org.digitalpractice.lti.dynamic;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * LTI Dynamic Registration 1.0, section 3.5.1 (Issuer and OpenID Configuration URL Match): the configuration must
 * come from its issuer, so that a registration token for one platform cannot register another. The configuration
 * URL must have the issuer's scheme, host and port, and its path must begin with the issuer's path, as OpenID
 * Connect Discovery's /.well-known/openid-configuration does. Moodle's configuration (mod/lti/openid-configuration.php
 * under an issuer that is the site's address) and Canvas's (its issuer's host) both pass.
 */
final class IssuerMatch {

    private IssuerMatch() {
    }

    /** Why the issuer does not match the configuration's address, or empty when it does. */
    static Optional<String> mismatch(String issuer, URI configuration) {
        URI expected;
        try {
            expected = URI.create(issuer);
        } catch (IllegalArgumentException e) {
            return Optional.of("its issuer '" + issuer + "' is not a URL");
        }
        if (expected.getScheme() == null || expected.getHost() == null) {
            return Optional.of("its issuer '" + issuer + "' is not an absolute URL");
        }
        if (expected.getRawQuery() != null || expected.getRawFragment() != null) {
            return Optional.of("its issuer '" + issuer + "' has a query or fragment, which an issuer may not have");
        }
        if (!origin(expected).equals(origin(configuration))) {
            return Optional.of("its issuer '" + issuer + "' is not on the host it was read from ("
                    + configuration.getScheme() + "://" + configuration.getRawAuthority() + ")");
        }
        var prefix = stripSlash(expected.getRawPath());
        var path = configuration.getRawPath() == null ? "" : configuration.getRawPath();
        if (!(path.equals(prefix) || path.startsWith(prefix + "/"))) {
            return Optional.of("its address '" + configuration + "' is not under its issuer '" + issuer + "'");
        }
        return Optional.empty();
    }

    private static String origin(URI uri) {
        var scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
        return scheme + "://" + String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT) + ":" + port;
    }

    private static String stripSlash(String path) {
        if (path == null) {
            return "";
        }
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
