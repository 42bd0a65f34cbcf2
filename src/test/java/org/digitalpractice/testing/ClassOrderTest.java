package org.digitalpractice.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

class ClassOrderTest {

    static class Kilo {}
    static class Alpha {}
    @Order(Integer.MAX_VALUE) static class Restart {}
    static class Mike {}
    @Order(Integer.MAX_VALUE - 1) static class TwoNodes {}
    static class Bravo {}
    static class Lima {}
    static class Charlie {}

    static final List<Class<?>> AS_LISTED = List.of(Kilo.class, Restart.class, Alpha.class, Mike.class,
            TwoNodes.class, Bravo.class, Lima.class, Charlie.class);

    @Test
    void classesOfEqualOrderRunByNameWhateverOrderTheyWereFoundIn() {
        var expected = List.of("Alpha", "Bravo", "Charlie", "Kilo", "Lima", "Mike", "TwoNodes", "Restart");
        assertEquals(expected, ordered(AS_LISTED, Map.of()));
        assertEquals(expected, ordered(reversed(AS_LISTED), Map.of()));
    }

    @Test
    void aSeedShufflesTheClassesOfEqualOrderTheSameWayEachTimeAndKeepsTheOrderedOnesLast() {
        var seven = ordered(AS_LISTED, Map.of(ClassOrder.SEED, "7"));
        assertEquals(seven, ordered(reversed(AS_LISTED), Map.of(ClassOrder.SEED, "7")));
        assertEquals(List.of("TwoNodes", "Restart"), seven.subList(6, 8));
        var shuffles = new ArrayList<List<String>>();
        for (var seed = 1; seed <= 5; seed++) {
            shuffles.add(ordered(AS_LISTED, Map.of(ClassOrder.SEED, String.valueOf(seed))));
        }
        assertNotEquals(1, shuffles.stream().distinct().count(), "five seeds, five times the same order");
    }

    static List<String> ordered(List<Class<?>> found, Map<String, String> parameters) {
        var descriptors = new ArrayList<ClassDescriptor>(found.stream().map(Found::new).toList());
        new ClassOrder().orderClasses(new ClassOrdererContext() {
            @Override
            public List<? extends ClassDescriptor> getClassDescriptors() {
                return descriptors;
            }

            @Override
            public Optional<String> getConfigurationParameter(String key) {
                return Optional.ofNullable(parameters.get(key));
            }
        });
        return descriptors.stream().map(d -> d.getTestClass().getSimpleName()).toList();
    }

    static List<Class<?>> reversed(List<Class<?>> classes) {
        var copy = new ArrayList<>(classes);
        Collections.reverse(copy);
        return copy;
    }

    record Found(Class<?> type) implements ClassDescriptor {
        @Override
        public Class<?> getTestClass() {
            return type;
        }

        @Override
        public String getDisplayName() {
            return type.getSimpleName();
        }

        @Override
        public boolean isAnnotated(Class<? extends Annotation> annotation) {
            return type.isAnnotationPresent(annotation);
        }

        @Override
        public <A extends Annotation> Optional<A> findAnnotation(Class<A> annotation) {
            return Optional.ofNullable(type.getAnnotation(annotation));
        }

        @Override
        public <A extends Annotation> List<A> findRepeatableAnnotations(Class<A> annotation) {
            return List.of(type.getAnnotationsByType(annotation));
        }
    }
}
