package org.digitalpractice.infrastructure;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An administrator's action that the audit log records, with who did it ({@link ActingAdministrator}). The action
 * and its entry commit in one transaction, which the audit log opens before the action runs: an action that
 * answers 4xx or 5xx, or fails, is rolled back and leaves no entry, and no action commits without its entry. The
 * value says what was done in words; {@code {name}} stands for that path parameter. It must never name a learner:
 * path parameters are ids of registrations, deployments and scores.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Audited {
    String value();

    /**
     * True for an action that commits in steps of its own, which one transaction must not hold together (a
     * retention run: one person at a time, so that one failure does not undo the others). Its entry is committed
     * before it starts and says what was started, which is true whatever the steps do next.
     */
    boolean inSteps() default false;
}
