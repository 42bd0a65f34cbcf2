package org.digitalpractice.lti.keys;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Makes sure a signing key exists at start, then looks after rotation every hour, on one node of a cluster at a
 * time, so that two nodes never make two new keys in the same hour.
 */
@Startup
@Singleton
@DependsOn("Database")
public class KeyRotation {

    @Inject
    ToolKeys toolKeys;
    @Inject
    org.digitalpractice.infrastructure.ClusterTurn turns;
    @Inject
    java.time.Clock clock;

    @PostConstruct
    void atStart() {
        toolKeys.ensureSigningKey();
        toolKeys.maintain();
    }

    @Schedule(hour = "*", minute = "17", persistent = false)
    void hourly() {
        if (turns.take("keys", org.digitalpractice.infrastructure.ClusterTurn.HOURLY, clock.instant()).taken()) {
            toolKeys.maintain();
        }
    }
}
