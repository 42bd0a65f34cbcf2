package org.digitalpractice.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.infrastructure.Settings;

import java.net.URI;

/** Whether the practice platform exists at all, and the addresses it and the tool have. */
@ApplicationScoped
public class PracticeSwitch {

    @Inject
    Settings settings;

    /** Off in production: every practice address answers 404 as if it did not exist. */
    public void requireOn() {
        if (!settings.practiceEnabled()) {
            throw Problem.notFound("There is no page at this address.");
        }
    }

    public String issuer() {
        return settings.practiceUrl() + "/practice";
    }

    public String url(String path) {
        return issuer() + path;
    }

    /** The tool's addresses, as a platform administrator would have entered them when registering the tool. */
    public URI toolLoginUrl() {
        return settings.toolUrl("/lti/login");
    }

    public String toolRedirectUri() {
        return settings.toolUrl("/lti/launch").toString();
    }

    public String toolTarget(String path) {
        return settings.toolUrl(path).toString();
    }

    public String toolOrigin() {
        var base = settings.baseUrl();
        return base.getScheme() + "://" + base.getHost() + (base.getPort() == -1 ? "" : ":" + base.getPort());
    }
}
