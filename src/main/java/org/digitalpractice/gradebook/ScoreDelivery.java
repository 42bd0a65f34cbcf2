package org.digitalpractice.gradebook;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The delivery worker: every few seconds it leases due scores and sends them. Failures that may pass (5xx,
 * timeouts, 429) are retried with backoff; others are marked failed with the reason. Each node runs one.
 */
@Startup
@Singleton
@DependsOn("Database")
public class ScoreDelivery {

    private static final Logger LOG = Logger.getLogger(ScoreDelivery.class.getName());
    static final int BATCH = 100;

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    ScoreOutbox outbox;
    @Inject
    ScoreSender sender;

    @Inject
    @ConfigProperty(name = "dp.gradebook.poll-seconds", defaultValue = "5")
    long pollSeconds;
    @Inject
    @ConfigProperty(name = "dp.gradebook.retry-base-seconds", defaultValue = "30")
    long retryBaseSeconds;
    @Inject
    @ConfigProperty(name = "dp.gradebook.lease-seconds", defaultValue = "120")
    long leaseSeconds;

    private final String node = "node-" + UUID.randomUUID();
    private final SecureRandom random = new SecureRandom();
    private RetrySchedule retries;
    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        retries = new RetrySchedule(Duration.ofSeconds(retryBaseSeconds), Duration.ofHours(1), random::nextDouble);
        task = scheduler.scheduleWithFixedDelay(this::deliverDue, pollSeconds, pollSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** Sends everything that is due, batch after batch, until nothing is left for now. */
    void deliverDue() {
        try {
            while (true) {
                var claimed = outbox.claim(node, Duration.ofSeconds(leaseSeconds), BATCH);
                if (claimed.isEmpty()) {
                    return;
                }
                claimed.forEach(this::deliver);
            }
        } catch (RuntimeException e) {
            // Keep the schedule alive: leased rows come back when their lease ends.
            LOG.log(Level.WARNING, "Score delivery stopped for this round", e);
        }
    }

    private void deliver(long id) {
        var row = outbox.find(id);
        if (row == null) {
            return; // erased with its person since it was claimed
        }
        ScoreSender.Outcome outcome;
        try {
            outcome = sender.send(row);
        } catch (RuntimeException e) {
            outcome = new ScoreSender.Outcome.Retry("Unexpected error: " + e, java.util.Optional.empty());
            LOG.log(Level.WARNING, "Score " + id + " could not be sent", e);
        }
        if (outcome instanceof ScoreSender.Outcome.Sent sent) {
            outbox.sent(id, sent.lineItemUrl(), sent.stampedAs().orElse(null), sent.note().orElse(null));
            sent.note().ifPresent(note -> LOG.info(() -> "Score " + id + " sent: " + note));
        } else if (outcome instanceof ScoreSender.Outcome.Superseded superseded) {
            outbox.superseded(id, superseded.reason());
            LOG.info(() -> "Score " + id + " not sent: " + superseded.reason());
        } else if (outcome instanceof ScoreSender.Outcome.Retry retry) {
            var after = retries.after(row.attempts() + 1, retry.retryAfter());
            outbox.retryLater(id, after, retry.reason());
            LOG.info(() -> "Score " + id + " will be sent again in " + after.toSeconds() + " s: " + retry.reason());
        } else if (outcome instanceof ScoreSender.Outcome.Failed failed) {
            outbox.failed(id, failed.reason());
            LOG.warning(() -> "Score " + id + " cannot be sent: " + failed.reason());
        }
    }
}
