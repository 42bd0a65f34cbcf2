package org.digitalpractice.learning;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptionOrderTest {

    @Test
    void showsEveryOptionOnce() {
        var order = OptionOrder.of("41/check/1/q1", 5);
        assertEquals(new TreeSet<>(List.of(0, 1, 2, 3, 4)), new TreeSet<>(order));
        assertEquals(5, order.size());
    }

    @Test
    void isTheSameEachTimeWithinAnAttempt() {
        assertEquals(OptionOrder.of("41/check/1/q1", 4), OptionOrder.of("41/check/1/q1", 4));
    }

    @Test
    void theFirstOptionWrittenIsNotAlwaysTheFirstShown() {
        Set<Integer> firstShown = new HashSet<>();
        for (int attempt = 1; attempt <= 20; attempt++) {
            firstShown.add(OptionOrder.of("41/check/" + attempt + "/q1", 4).get(0));
        }
        assertTrue(firstShown.size() >= 3, "across attempts the first place goes to different options: " + firstShown);
    }
}
