package org.digitalpractice.lti.keys;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rotation rules over the tool's keys at one moment: which key signs, which are published, when to rotate,
 * and when a replaced key may go. A key is published before it signs and stays published after it is replaced,
 * so that a platform holding a cached key set can always check what the tool signed.
 */
final class KeyRing {

    private final List<ToolKey> keys;

    KeyRing(List<ToolKey> keys) {
        this.keys = List.copyOf(keys);
    }

    /** The newest key whose time to sign has come. */
    Optional<ToolKey> signing(Instant now) {
        return keys.stream()
                .filter(k -> !k.signsFrom().isAfter(now))
                .max(Comparator.comparing(ToolKey::signsFrom));
    }

    List<ToolKey> published(Instant now) {
        return keys.stream()
                .filter(k -> k.publishedUntil() == null || k.publishedUntil().isAfter(now))
                .toList();
    }

    /** Time for a new key: the signing key is older than the rotation period and no successor is waiting. */
    boolean rotationDue(Instant now, Duration period) {
        boolean successorWaiting = keys.stream().anyMatch(k -> k.signsFrom().isAfter(now));
        return !successorWaiting && signing(now)
                .map(k -> k.signsFrom().isBefore(now.minus(period)))
                .orElse(true);
    }

    /** Marks keys that a newer signing key replaced; they stay published for {@code retention} after that. */
    void retireReplaced(Instant now, Duration retention) {
        signing(now).ifPresent(current -> keys.stream()
                .filter(k -> k != current && !k.retired() && k.signsFrom().isBefore(current.signsFrom()))
                .forEach(k -> k.retire(current.signsFrom(), current.signsFrom().plus(retention))));
    }

    /** Replaced keys whose publication has ended: nothing they signed can still be valid. */
    List<ToolKey> forgettable(Instant now) {
        return keys.stream().filter(k -> k.retired() && k.publishedUntil().isBefore(now)).toList();
    }
}
