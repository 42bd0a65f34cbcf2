package org.digitalpractice.admin.signin;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A console page: for an administrator signed in to the console ({@link ConsoleGate} enforces it, and the CSRF
 * token of every form, before the page runs). Scripts use the administration API's bearer token instead.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SignedIn {
}
