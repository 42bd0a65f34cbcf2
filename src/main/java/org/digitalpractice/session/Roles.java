package org.digitalpractice.session;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a resource: a launch session holding one of these roles. On a resource class or method (the
 * method's wins); {@link RoleCheck} enforces it before the method runs, so the method reads the viewer with
 * {@link CurrentSession#viewer()}.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Roles {
    ToolRole[] value();
}
