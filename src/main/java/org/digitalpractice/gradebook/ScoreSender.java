package org.digitalpractice.gradebook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.digitalpractice.lti.services.AccessTokens;
import org.digitalpractice.lti.services.AgsClient;
import org.digitalpractice.lti.services.AgsResult;
import org.digitalpractice.lti.services.AgsScore;
import org.digitalpractice.lti.services.PlatformCall;
import org.digitalpractice.lti.services.PlatformServices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Delivers one queued score: gets a token (once more if the platform refuses it), finds or creates the line item,
 * and posts the score. When the platform refuses the score as older than what it holds (Moodle stamps a grade
 * with the time it arrived), the sender recovers by itself: a progress report is dropped, and a result is checked
 * against the platform's own record, then sent again with a timestamp the platform accepts. Says whether the score
 * was sent, superseded, should be retried, or failed for good, and why.
 */
@ApplicationScoped
public class ScoreSender {

    /** Timestamps a platform compares at one-second resolution (Moodle uses strtotime). */
    static final Duration RESTAMP_MARGIN = Duration.ofSeconds(1);
    private static final DateTimeFormatter SAID = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm:ss 'UTC'",
            Locale.UK).withZone(ZoneOffset.UTC);

    @Inject
    PlatformServices services;
    @Inject
    ScoreOutbox outbox;
    @Inject
    Clock clock;

    /** How a delivery ended. */
    public sealed interface Outcome {
        /** Delivered; {@code stampedAs} when the platform was given another timestamp, {@code note} saying why. */
        record Sent(String lineItemUrl, Optional<Instant> stampedAs, Optional<String> note) implements Outcome {
            static Sent plainly(String lineItemUrl) {
                return new Sent(lineItemUrl, Optional.empty(), Optional.empty());
            }
        }

        /** Not sent, and never to be: the platform already holds something newer. */
        record Superseded(String reason) implements Outcome {
        }

        record Retry(String reason, Optional<Duration> retryAfter) implements Outcome {
        }

        record Failed(String reason) implements Outcome {
        }
    }

    public Outcome send(QueuedScore row) {
        var destination = outbox.destination(row);
        if (!destination.active()) {
            // Switched off between the claim and now: the platform gets no call, and the score waits.
            return new Outcome.Retry("The registration of this council is switched off or waits for approval; the "
                    + "score is sent once it is approved.", Optional.empty());
        }
        var offered = destination.scopes();
        var scopes = new HashSet<String>();
        scopes.add(AgsClient.SCOPE_SCORE);
        if (offered.contains(AgsClient.SCOPE_RESULT_READ)) {
            scopes.add(AgsClient.SCOPE_RESULT_READ);
        }
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
            return notGranted(notGranted.call(), row.attempts());
        }
    }

    private Outcome deliver(QueuedScore row, ScoreOutbox.Destination destination, Set<String> scopes,
                            boolean retriedToken) {
        var client = destination.client();
        var token = services.tokens().token(client, scopes);
        var found = row.lineItemUrl()
                .map(url -> new AgsClient.Result(Optional.of(url), new PlatformCall.Done(200, "")))
                .orElseGet(() -> outbox.lineItem(destination.placementRef(), row.sourceKey(), () -> services.ags()
                        .findOrCreate(destination.lineItems().orElseThrow(), token, destination.resourceLinkId(),
                                row.sourceKey(), row.label(), row.scoreMaximum().orElse(1.0),
                                // Names the link too: Blackboard finds the tool's columns by resourceId alone.
                                row.sourceKey() + "@" + destination.resourceLinkId())));
        var lineItem = found.lineItemUrl();
        if (lineItem.isEmpty()) {
            var call = found.call();
            if (call instanceof PlatformCall.TokenRefused && !retriedToken) {
                services.tokens().refused(client, scopes, token);
                return deliver(row, destination, scopes, true);
            }
            return fromCall(call, "The platform's gradebook column could not be found or created: " + call.reason());
        }
        var reads = scopes.contains(AgsClient.SCOPE_RESULT_READ);
        if (row.attempts() > 0 && row.isResult() && reads) {
            // An earlier try may have arrived though its answer was lost (a timeout): never send it twice.
            var held = services.ags().result(lineItem.get(), token, row.userId()).result();
            if (held.isPresent() && holds(held.get(), row)) {
                return new Outcome.Sent(lineItem.get(), Optional.empty(),
                        Optional.of("The platform already held this result from an earlier try whose answer was lost."));
            }
        }
        var stamp = afterLastDelivery(row.scoreTimestamp(), outbox.lastDelivery(row));
        var call = services.ags().postScore(lineItem.get(), token, score(row, stamp.orElse(row.scoreTimestamp()),
                stamp.isPresent() ? finished(row) : row.comment()));
        if (call instanceof PlatformCall.Done) {
            return stamp.isEmpty() ? Outcome.Sent.plainly(lineItem.get()) : new Outcome.Sent(lineItem.get(), stamp,
                    Optional.of("Finished " + SAID.format(row.scoreTimestamp()) + ", no later than the previous score "
                            + "for this activity reached the platform; stamped " + SAID.format(stamp.get())
                            + " so that a platform which dates grades on arrival (Moodle) takes it as newer."));
        }
        if (call instanceof PlatformCall.TokenRefused && !retriedToken) {
            // A token the platform no longer accepts (revoked, or its clock differs): fetch a new one, once.
            services.tokens().refused(client, scopes, token);
            return deliver(row, destination, scopes, true);
        }
        if (refusedAsOlder(call)) {
            return recover(row, lineItem.get(), token, reads, call);
        }
        return fromCall(call, "The platform did not accept the score: " + call.reason());
    }

    /**
     * The platform holds a result stamped at or after this score's timestamp. A progress report is then pointless.
     * A result goes again, stamped just after what the platform holds (or now), unless the platform already has it.
     */
    private Outcome recover(QueuedScore row, String lineItem, String token, boolean reads, PlatformCall refusal) {
        if (!row.isResult()) {
            return new Outcome.Superseded("The platform already holds a newer result, so this progress report was "
                    + "not needed (" + refusal.reason() + ").");
        }
        Optional<AgsResult> held = reads ? services.ags().result(lineItem, token, row.userId()).result()
                : Optional.empty();
        if (held.isPresent() && holds(held.get(), row)) {
            return new Outcome.Sent(lineItem, Optional.empty(),
                    Optional.of("The platform already held this result; it refused a second copy as older."));
        }
        var stamp = restamp(clock.instant(), held.flatMap(AgsResult::timestamp));
        var again = services.ags().postScore(lineItem, token, score(row, stamp, finished(row)));
        if (again instanceof PlatformCall.Done) {
            return new Outcome.Sent(lineItem, Optional.of(stamp), Optional.of("The platform held a result stamped "
                    + "later than this one (finished " + SAID.format(row.scoreTimestamp()) + ") and refused it: "
                    + refusal.reason() + ". Sent again stamped " + SAID.format(stamp) + ", which it accepted."));
        }
        if (refusedAsOlder(again)) {
            return new Outcome.Retry("The platform still holds a result stamped later than "
                    + SAID.format(stamp) + " (its clock may be ahead); Digital Practice will send it again later.",
                    Optional.empty());
        }
        return fromCall(again, "The platform did not accept the score sent again with a new timestamp: "
                + again.reason());
    }

    /** A token service that is not there may be a platform restarting or upgrading: retry it a few times first. */
    static final int TOKEN_NOT_FOUND_RETRIES = 5;

    static Outcome notGranted(PlatformCall call, int attemptsSoFar) {
        var reason = "The platform did not give Digital Practice an access token: " + call.reason();
        if (call instanceof PlatformCall.Refused refused && refused.status() == 404
                && attemptsSoFar < TOKEN_NOT_FOUND_RETRIES) {
            return new Outcome.Retry(reason + ". Its token service was not found; it may be restarting, so Digital "
                    + "Practice will try again.", Optional.empty());
        }
        return fromCall(call, reason);
    }

    /**
     * A timestamp after the moment the stream's previous score reached the platform, when the score's own is not:
     * Moodle dates a grade with a score's arrival, in whole seconds, and refuses a later score that is not newer.
     */
    static Optional<Instant> afterLastDelivery(Instant timestamp, Optional<Instant> lastDelivery) {
        return lastDelivery.map(at -> at.truncatedTo(ChronoUnit.SECONDS))
                .filter(at -> !timestamp.truncatedTo(ChronoUnit.SECONDS).isAfter(at))
                .map(at -> at.plus(RESTAMP_MARGIN));
    }

    /** The score's comment, saying when the learner really finished, for a score sent with another timestamp. */
    private static Optional<String> finished(QueuedScore row) {
        return Optional.of(row.comment().map(c -> c + " ").orElse("") + "(finished " + SAID.format(row.scoreTimestamp())
                + ")");
    }

    /** A timestamp the platform will take as newer: after what it holds and after now, on a whole second. */
    static Instant restamp(Instant now, Optional<Instant> held) {
        var after = held.map(h -> h.plus(RESTAMP_MARGIN)).filter(h -> h.isAfter(now)).orElse(now);
        return after.truncatedTo(ChronoUnit.SECONDS).plus(RESTAMP_MARGIN);
    }

    /** Moodle answers 409; others refuse with 400 or 422 and say it is about the timestamp. */
    static boolean refusedAsOlder(PlatformCall call) {
        return call instanceof PlatformCall.Refused refused && (refused.status() == 409
                || ((refused.status() == 400 || refused.status() == 422)
                && refused.reason().toLowerCase(Locale.ROOT).contains("timestamp")));
    }

    private static boolean holds(AgsResult result, QueuedScore row) {
        return row.scoreGiven().isPresent()
                && result.holds(row.scoreGiven().get(), row.scoreMaximum().orElse(1.0));
    }

    private static AgsScore score(QueuedScore row, Instant timestamp, Optional<String> comment) {
        return new AgsScore(row.userId(), row.scoreGiven(), row.scoreMaximum(), row.activityProgress(),
                row.gradingProgress(), timestamp, comment);
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
