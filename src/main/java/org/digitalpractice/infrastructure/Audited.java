package org.digitalpractice.infrastructure;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An administrator's action that the audit log records when it succeeds (a 2xx or 3xx answer), with who did it
 * ({@link ActingAdministrator}). The value says what was done in words; {@code {name}} stands for that path
 * parameter. It must never name a learner: path parameters are ids of registrations, deployments and scores.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Audited {
    String value();
}
