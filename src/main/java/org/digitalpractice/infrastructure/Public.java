package org.digitalpractice.infrastructure;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource anyone may call, on purpose: the LTI endpoints a platform or browser reaches before any session
 * exists, the public key set, health, the front page. Every other resource declares who may call it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Public {
}
