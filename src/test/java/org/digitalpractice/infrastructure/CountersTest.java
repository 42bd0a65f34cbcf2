package org.digitalpractice.infrastructure;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CountersTest {

    @Test
    void countsByNameAndLabelsWhateverTheirOrder() {
        var counters = new Counters();
        counters.increment("dp_scores", "outcome", "sent");
        counters.increment("dp_scores", "outcome", "sent");
        counters.increment("dp_launches", "role", "learner", "outcome", "accepted");
        counters.increment("dp_launches", "outcome", "accepted", "role", "learner");
        var snapshot = counters.snapshot();
        assertEquals(2L, snapshot.get(new Counters.Key("dp_scores", Map.of("outcome", "sent"))));
        assertEquals(2L, snapshot.get(new Counters.Key("dp_launches", Map.of("outcome", "accepted", "role", "learner"))));
        assertEquals(2, snapshot.size());
    }

    @Test
    void labelsComeInPairs() {
        assertThrows(IllegalArgumentException.class, () -> new Counters().increment("dp_scores", "outcome"));
    }
}
