package org.digitalpractice.lti.services;

import org.digitalpractice.lti.keys.ToolKeys;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.digitalpractice.infrastructure.Settings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;

/** The tool's clients of platform services, set up once: one HTTP client, one token cache, AGS, NRPS, groups. */
@ApplicationScoped
public class PlatformServices {

    @Inject
    ToolKeys toolKeys;
    @Inject
    Settings settings;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "dp.services.timeout-seconds", defaultValue = "10")
    long timeoutSeconds;

    private AccessTokens tokens;
    private AgsClient ags;
    private NrpsClient nrps;
    private GroupsClient groups;

    @PostConstruct
    void connect() {
        var http = new ServiceHttp(Duration.ofSeconds(timeoutSeconds),
                "DigitalPractice/1.0 (+" + settings.baseUrl() + ")", clock);
        tokens = new AccessTokens(http, toolKeys::signingKey, clock);
        ags = new AgsClient(http);
        nrps = new NrpsClient(http);
        // A course's groups take one call per person: allow them more than one call's timeout, but not forever.
        groups = new GroupsClient(http, clock, Duration.ofSeconds(Math.max(60, timeoutSeconds * 30)));
    }

    public AccessTokens tokens() {
        return tokens;
    }

    public AgsClient ags() {
        return ags;
    }

    public NrpsClient nrps() {
        return nrps;
    }

    public GroupsClient groups() {
        return groups;
    }
}
