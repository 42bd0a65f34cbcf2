package org.digitalpractice.retention;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs retention hourly on every node; {@link org.digitalpractice.infrastructure.ClusterTurn} lets only the first of them do the work. Off with
 * DP_RETENTION_SCHEDULED=false (the administration API can still run it).
 */
@Singleton
// Each step of a run commits on its own: a container transaction around the whole run would hold every lock to the end.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

    @Inject
    Retention retention;
    @Inject
    @ConfigProperty(name = "dp.retention.scheduled", defaultValue = "true")
    boolean scheduled;

    @Schedule(hour = "*", minute = "29", persistent = false)
    void hourly() {
        if (!scheduled) {
            return;
        }
        try {
            retention.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Retention run failed; the next is in an hour", e);
        }
    }
}
