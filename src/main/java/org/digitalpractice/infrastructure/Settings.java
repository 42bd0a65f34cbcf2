package org.digitalpractice.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/** The tool's configuration, read once. Every key is documented in the README (environment variables DP_*). */
@ApplicationScoped
public class Settings {

    @Inject
    @ConfigProperty(name = "dp.base-url")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "dp.practice.enabled")
    boolean practiceEnabled;

    @Inject
    @ConfigProperty(name = "dp.practice.url")
    String practiceUrl;

    @Inject
    @ConfigProperty(name = "dp.lti-config.dir")
    String ltiConfigDir;

    @Inject
    @ConfigProperty(name = "dp.modules.dir")
    String modulesDir;

    @Inject
    @ConfigProperty(name = "dp.session.minutes")
    long sessionMinutes;

    @Inject
    @ConfigProperty(name = "dp.launch-token.minutes")
    long launchTokenMinutes;

    @Inject
    @ConfigProperty(name = "dp.admin.token")
    java.util.Optional<String> adminToken;

    /** The bearer token of the administration API; without one, the API is off. */
    public java.util.Optional<String> adminToken() {
        return adminToken.filter(token -> !token.isBlank());
    }

    /** The tool's public base URL, without a trailing slash. */
    public URI baseUrl() {
        return URI.create(stripSlash(baseUrl));
    }

    public URI toolUrl(String path) {
        return URI.create(stripSlash(baseUrl) + path);
    }

    public boolean practiceEnabled() {
        return practiceEnabled;
    }

    /** The practice platform's base URL: deliberately another host name than the tool's, so its iframe is cross-site. */
    public URI practiceUrl() {
        return URI.create(stripSlash(practiceUrl));
    }

    public Path ltiConfigDir() {
        return Path.of(ltiConfigDir);
    }

    public Path modulesDir() {
        return Path.of(modulesDir);
    }

    public Duration sessionLifetime() {
        return Duration.ofMinutes(sessionMinutes);
    }

    public Duration launchTokenLifetime() {
        return Duration.ofMinutes(launchTokenMinutes);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
