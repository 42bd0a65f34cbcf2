package org.digitalpractice.practice;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page or service of the practice platform: it exists only while the practice platform is on ({@link
 * PracticeSwitch}); otherwise it answers 404 as if it did not exist. Who may call it past that is the practice
 * platform's own business (its tokens, its pretend people).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PracticeOnly {
}
