package org.digitalpractice.monitoring;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PrometheusTextTest {

    @Test
    void eachFamilyOnceWithItsTypeCountersEndingInTotalAndLabelsInOrder() {
        var text = new PrometheusText();
        text.counter("dp_launches", Map.of("outcome", "accepted", "role", "learner"), 3);
        text.counter("dp_launches", Map.of("rule", "id_token aud", "outcome", "rejected"), 1);
        text.gauge("dp_scores_waiting", "Scores waiting.", 7);
        assertEquals("""
                # TYPE dp_launches_total counter
                dp_launches_total{outcome="accepted",role="learner"} 3
                dp_launches_total{outcome="rejected",rule="id_token aud"} 1
                # HELP dp_scores_waiting Scores waiting.
                # TYPE dp_scores_waiting gauge
                dp_scores_waiting 7
                """, text.toString());
    }

    @Test
    void labelValuesAreEscaped() {
        assertEquals("a \\\"b\\\" \\\\ c\\nd", PrometheusText.escape("a \"b\" \\ c\nd"));
    }
}
