package org.digitalpractice.assessment;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A learner's submitted attempts, oldest first, each with its profile: what retakes are compared against. */
public record History(List<Entry> entries) {

    public record Entry(int attemptNumber, Instant submittedAt, Profile profile) {
    }

    public History {
        entries = entries.stream().sorted(Comparator.comparingInt(Entry::attemptNumber)).toList();
    }

    public Optional<Entry> latest() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
    }

    public Optional<Entry> entry(int attemptNumber) {
        return entries.stream().filter(e -> e.attemptNumber() == attemptNumber).findFirst();
    }

    /** The submitted attempt just before this one; an attempt abandoned part-way was never submitted, so is skipped. */
    public Optional<Entry> before(int attemptNumber) {
        return entries.stream().filter(e -> e.attemptNumber() < attemptNumber).reduce((first, second) -> second);
    }

    /** How this attempt's areas moved since the one before it; empty for a first attempt. */
    public List<Profile.Change> changeAt(int attemptNumber) {
        var now = entry(attemptNumber).orElseThrow();
        return before(attemptNumber).map(earlier -> now.profile().changeSince(earlier.profile())).orElse(List.of());
    }
}
