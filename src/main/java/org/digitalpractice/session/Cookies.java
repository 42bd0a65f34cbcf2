package org.digitalpractice.session;

/**
 * Set-Cookie values for use inside an LMS iframe: SameSite=None so the browser sends them cross-site, Secure as
 * that requires, and Partitioned (CHIPS) so browsers that block third-party cookies may still keep them per site.
 * JAX-RS cannot express Partitioned, hence the header is written by hand.
 */
final class Cookies {

    private Cookies() {
    }

    /** The prefix of the cookie that binds a login to the browser that started it (one per login). */
    static final String BINDING_PREFIX = "dp_lti_";

    /** Tells the browser to drop a cookie set by {@link #embedded}. */
    static String expired(String name, String path) {
        return embedded(name, "", path, 0);
    }

    static String embedded(String name, String value, String path, long maxAgeSeconds) {
        return name + "=" + value + "; Path=" + path + "; Max-Age=" + maxAgeSeconds
                + "; HttpOnly; Secure; SameSite=None; Partitioned";
    }
}
