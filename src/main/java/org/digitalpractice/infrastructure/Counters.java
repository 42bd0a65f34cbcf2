package org.digitalpractice.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts of what happened on this node since it started, by name and labels, for the operators' metrics. Not
 * MicroProfile Metrics: Payara gives its registry only while its own {@code /metrics} endpoint is on, and that
 * endpoint, beside an application at the root context, would answer anyone (see README, departures).
 */
@ApplicationScoped
public class Counters {

    /** One counter: its name and its labels, in name order. */
    public record Key(String name, Map<String, String> labels) {
    }

    private final ConcurrentMap<Key, LongAdder> counts = new ConcurrentHashMap<>();

    /** Adds one to the counter {@code name} with the labels given as name, value, name, value... */
    public void increment(String name, String... labels) {
        if (labels.length % 2 != 0) {
            throw new IllegalArgumentException("labels come in pairs of name and value");
        }
        var map = new TreeMap<String, String>();
        for (int i = 0; i < labels.length; i += 2) {
            map.put(labels[i], labels[i + 1]);
        }
        counts.computeIfAbsent(new Key(name, Collections.unmodifiableMap(map)), k -> new LongAdder()).increment();
    }

    /** Every counter now, in name and label order. */
    public Map<Key, Long> snapshot() {
        var snapshot = new TreeMap<Key, Long>(java.util.Comparator.comparing(Key::name)
                .thenComparing(k -> new TreeMap<>(k.labels()).toString()));
        counts.forEach((key, count) -> snapshot.put(key, count.sum()));
        return snapshot;
    }
}
