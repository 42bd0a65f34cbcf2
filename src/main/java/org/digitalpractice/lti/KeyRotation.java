package org.digitalpractice.lti;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** Makes sure a signing key exists at start, then looks after rotation every hour. */
@Startup
@Singleton
@DependsOn("Database")
public class KeyRotation {

    @Inject
    ToolKeys toolKeys;

    @PostConstruct
    void atStart() {
        toolKeys.ensureSigningKey();
        toolKeys.maintain();
    }

    @Schedule(hour = "*", minute = "17", persistent = false)
    void hourly() {
        toolKeys.maintain();
    }
}
