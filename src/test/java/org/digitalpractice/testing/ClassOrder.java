package org.digitalpractice.testing;

import java.util.Comparator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Order;

/**
 * The order test classes run in: by {@link Order} (the classes that start their own server run last), then by name.
 * Without the name, classes of equal order ran in the order the file system listed them, which differs from one
 * machine to the next, so CI ran an order nobody had run. {@code -Dit.order.seed=N} shuffles the classes of equal
 * order instead, the same way for the same N, to find a test that passes only after another.
 */
public class ClassOrder implements ClassOrderer {

    static final String SEED = "it.order.seed";

    @Override
    public void orderClasses(ClassOrdererContext context) {
        var seed = context.getConfigurationParameter(SEED).map(Long::valueOf);
        var order = Comparator.comparingInt(ClassOrder::order);
        if (seed.isEmpty()) {
            context.getClassDescriptors().sort(order.thenComparing(c -> c.getTestClass().getName()));
            return;
        }
        // java.util's: ClassOrderer has a Random of its own.
        var shuffle = new java.util.Random(seed.get());
        var places = context.getClassDescriptors().stream()
                .sorted(Comparator.comparing(c -> c.getTestClass().getName()))
                .collect(Collectors.toMap(c -> c, c -> shuffle.nextInt()));
        context.getClassDescriptors().sort(order.thenComparing(places::get));
        System.out.println("Test classes shuffled with " + SEED + "=" + seed.get() + ": "
                + context.getClassDescriptors().stream().map(c -> c.getTestClass().getSimpleName())
                        .collect(Collectors.joining(" ")));
    }

    private static int order(ClassDescriptor descriptor) {
        return descriptor.findAnnotation(Order.class).map(Order::value).orElse(Order.DEFAULT);
    }
}
