package org.digitalpractice.gradebook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.digitalpractice.lti.AccessTokens;
import org.digitalpractice.lti.AgsClient;
import org.digitalpractice.lti.AgsScore;
import org.digitalpractice.lti.PlatformCall;
import org.digitalpractice.lti.PlatformServices;

import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;

/**
 * Delivers one queued score: gets a token (once more if the platform refuses it), finds or creates the line item,
 * and posts the score. Says whether it was sent, should be retried, or failed for good and why.
 */
@ApplicationScoped
public class ScoreSender {

    @Inject
    PlatformServices services;
    @Inject
    ScoreOutbox outbox;

    /** How a delivery ended. */
    public sealed interface Outcome {
        record Sent(String lineItemUrl) implements Outcome {
        }

        record Retry(String reason, Optional<Duration> retryAfter) implements Outcome {
        }

        record Failed(String reason) implements Outcome {
        }
    }

    public Outcome send(QueuedScore row) {
        var destination = outbox.destination(row);
        var client = destination.client();
        var offered = destination.scopes();
        var scopes = new HashSet<String>();
        scopes.add(AgsClient.SCOPE_SCORE);
        if (row.lineItemUrl().isEmpty()) {
            if (!offered.contains(AgsClient.SCOPE_LINE_ITEM) || destination.lineItems().isEmpty()) {
                return new Outcome.Failed("The launch named no gradebook column for this activity, and the platform "
                        + "does not let Digital Practice create one. Add the activity with Deep Linking, or allow "
                        + "the tool to manage line items.");
            }
            scopes.add(AgsClient.SCOPE_LINE_ITEM);
        }
        try {
            return deliver(row, destination, scopes, false);
        } catch (AccessTokens.NotGranted notGranted) {
            return fromCall(notGranted.call(), "The platform did not give Digital Practice an access token: "
                    + notGranted.call().reason());
        }
    }

    private Outcome deliver(QueuedScore row, ScoreOutbox.Destination destination, java.util.Set<String> scopes,
                            boolean retriedToken) {
        var client = destination.client();
        var token = services.tokens().token(client, scopes);
        var found = row.lineItemUrl()
                .map(url -> new AgsClient.Result(Optional.of(url), new PlatformCall.Done(200, "")))
                .orElseGet(() -> outbox.lineItem(destination.placementRef(), row.sourceKey(), () -> services.ags()
                        .findOrCreate(destination.lineItems().orElseThrow(), token, destination.resourceLinkId(),
                                row.sourceKey(), row.label(), row.scoreMaximum().orElse(1.0), row.sourceKey())));
        var lineItem = found.lineItemUrl();
        if (lineItem.isEmpty()) {
            var call = found.call();
            if (call instanceof PlatformCall.TokenRefused && !retriedToken) {
                services.tokens().refused(client, scopes, token);
                return deliver(row, destination, scopes, true);
            }
            return fromCall(call, "The platform's gradebook column could not be found or created: " + call.reason());
        }
        var call = services.ags().postScore(lineItem.get(), token, new AgsScore(row.userId(), row.scoreGiven(),
                row.scoreMaximum(), row.activityProgress(), row.gradingProgress(), row.scoreTimestamp(), row.comment()));
        if (call instanceof PlatformCall.Done) {
            return new Outcome.Sent(lineItem.get());
        }
        if (call instanceof PlatformCall.TokenRefused && !retriedToken) {
            // A token the platform no longer accepts (revoked, or its clock differs): fetch a new one, once.
            services.tokens().refused(client, scopes, token);
            return deliver(row, destination, scopes, true);
        }
        return fromCall(call, "The platform did not accept the score: " + call.reason());
    }

    private static Outcome fromCall(PlatformCall call, String reason) {
        if (call instanceof PlatformCall.TryLater later) {
            return new Outcome.Retry(reason, later.retryAfter());
        }
        if (call instanceof PlatformCall.TokenRefused) {
            return new Outcome.Failed(reason + ". The platform refused the tool's access token twice: check that "
                    + "Assignment and Grade Services are turned on for Digital Practice.");
        }
        if (call instanceof PlatformCall.Refused refused && refused.status() == 403) {
            return new Outcome.Failed(reason + ". The platform does not let Digital Practice send grades: turn on "
                    + "Assignment and Grade Services for the tool.");
        }
        return new Outcome.Failed(reason);
    }
}
