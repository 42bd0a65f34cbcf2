package org.digitalpractice.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Ways the practice platform can be told to misbehave, as real platforms do: unavailable for a while, slow, a
 * stale token once, or rate-limited. Also counts what the tool asked for, so tests can prove one token serves many
 * scores. The practice platform runs on one node; this state is deliberately in memory.
 */
@ApplicationScoped
public class PracticeFaults {

    /** One kind of misbehaviour, in force until a moment or for a number of calls. */
    public record Fault(String kind, Instant until, AtomicInteger remaining, int retryAfterSeconds, int delaySeconds) {
    }

    private final AtomicReference<Fault> current = new AtomicReference<>();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final AtomicInteger scorePosts = new AtomicInteger();
    private final AtomicInteger membershipPages = new AtomicInteger();
    private final AtomicInteger refusedAsOlder = new AtomicInteger();
    private final Clock clock = Clock.systemUTC();

    public void unavailableFor(Duration duration) {
        current.set(new Fault("unavailable", clock.instant().plus(duration), null, 0, 0));
    }

    public void slowFor(Duration duration, int delaySeconds) {
        current.set(new Fault("slow", clock.instant().plus(duration), null, 0, delaySeconds));
    }

    public void unauthorisedOnce() {
        current.set(new Fault("unauthorised", null, new AtomicInteger(1), 0, 0));
    }

    public void rateLimited(int calls, int retryAfterSeconds) {
        current.set(new Fault("rate-limited", null, new AtomicInteger(calls), retryAfterSeconds, 0));
    }

    public void clear() {
        current.set(null);
    }

    public void resetCounters() {
        tokenRequests.set(0);
        scorePosts.set(0);
        membershipPages.set(0);
        refusedAsOlder.set(0);
    }

    public void countTokenRequest() {
        tokenRequests.incrementAndGet();
    }

    public void countScorePost() {
        scorePosts.incrementAndGet();
    }

    public void countRefusedAsOlder() {
        refusedAsOlder.incrementAndGet();
    }

    /** Scores refused for being older than the grade held: the tool must never leave one of these unrecovered. */
    public int refusedAsOlder() {
        return refusedAsOlder.get();
    }

    public void countMembershipPage() {
        membershipPages.incrementAndGet();
    }

    public int tokenRequests() {
        return tokenRequests.get();
    }

    public int scorePosts() {
        return scorePosts.get();
    }

    public int membershipPages() {
        return membershipPages.get();
    }

    public String describe() {
        var fault = current.get();
        return fault == null ? "none" : fault.kind();
    }

    /** Called first by every service endpoint: misbehaves if told to. */
    public void apply() {
        apply(false);
    }

    /** The token endpoint can be down or rate-limited, but a stale token is a matter for the other services. */
    public void applyToTokenEndpoint() {
        apply(true);
    }

    private void apply(boolean tokenEndpoint) {
        var fault = current.get();
        if (fault == null || (tokenEndpoint && "unauthorised".equals(fault.kind()))) {
            return;
        }
        if (fault.until() != null && clock.instant().isAfter(fault.until())) {
            current.compareAndSet(fault, null);
            return;
        }
        switch (fault.kind()) {
            case "unavailable" -> throw new WebApplicationException(Response.status(503)
                    .entity("{\"error\":\"service unavailable\"}").type("application/json").build());
            case "slow" -> sleep(fault.delaySeconds());
            case "unauthorised" -> {
                if (fault.remaining().getAndDecrement() > 0) {
                    throw new WebApplicationException(Response.status(401)
                            .entity("{\"error\":\"invalid_token\"}").type("application/json").build());
                }
                current.compareAndSet(fault, null);
            }
            case "rate-limited" -> {
                if (fault.remaining().getAndDecrement() > 0) {
                    throw new WebApplicationException(Response.status(429)
                            .header("Retry-After", String.valueOf(fault.retryAfterSeconds()))
                            .entity("{\"error\":\"too many requests\"}").type("application/json").build());
                }
                current.compareAndSet(fault, null);
            }
            default -> {
            }
        }
    }

    private static void sleep(int seconds) {
        try {
            Thread.sleep(seconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
