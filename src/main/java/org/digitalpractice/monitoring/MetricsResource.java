package org.digitalpractice.monitoring;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.digitalpractice.gradebook.DeliveryReport;
import org.digitalpractice.infrastructure.AdministratorOnly;
import org.digitalpractice.infrastructure.Counters;

import java.time.Clock;
import java.time.Duration;

/** The metrics in Prometheus's text format (version 0.0.4), for a scraper holding the administrator's token. */
@AdministratorOnly
@Path("/admin/metrics")
public class MetricsResource {

    @Inject
    Counters counters;
    @Inject
    DeliveryReport delivery;
    @Inject
    Clock clock;

    @GET
    @Produces("text/plain; version=0.0.4; charset=utf-8")
    public String scrape() {
        var text = new PrometheusText();
        counters.snapshot().forEach((key, count) -> text.counter(key.name(), key.labels(), count));
        var figures = delivery.read();
        text.gauge("dp_scores_waiting", "Scores waiting to be sent to an active registration.", figures.queued());
        text.gauge("dp_scores_waiting_for_approval",
                "Scores waiting because their registration is pending approval or switched off.",
                figures.waitingForApproval());
        text.gauge("dp_scores_failed", "Scores the platform refused for good, kept for an administrator.",
                figures.failed());
        text.gauge("dp_oldest_waiting_score_seconds", "How long the oldest score waiting has waited.",
                figures.oldestWaiting().map(at -> Duration.between(at, clock.instant()).toSeconds()).orElse(0L));
        return text.toString();
    }
}
