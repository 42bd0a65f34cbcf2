package org.digitalpractice.web;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.digitalpractice.admin.signin.SignedIn;
import org.digitalpractice.infrastructure.AdministratorOnly;
import org.digitalpractice.infrastructure.Public;
import org.digitalpractice.practice.PracticeOnly;
import org.digitalpractice.session.Roles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every resource method says who may call it, on itself or on its class: learners, trainers or leads ({@link
 * Roles}), the administrators ({@link AdministratorOnly}), the practice platform ({@link PracticeOnly}), or anyone,
 * on purpose ({@link Public}). A new page that forgets fails here, not in production.
 */
class EveryResourceDeclaresWhoMayCallItTest {

    static final List<Class<? extends Annotation>> DECLARATIONS =
            List.of(Roles.class, AdministratorOnly.class, SignedIn.class, PracticeOnly.class, Public.class);
    static final List<Class<? extends Annotation>> HTTP_METHODS =
            List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class);

    static List<Class<?>> resourceClasses() throws IOException, ClassNotFoundException {
        var root = java.nio.file.Path.of("target", "classes");
        var classes = new ArrayList<Class<?>>();
        try (var files = Files.walk(root.resolve("org/digitalpractice"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                var name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                var type = Class.forName(name, false, EveryResourceDeclaresWhoMayCallItTest.class.getClassLoader());
                if (type.isAnnotationPresent(Path.class)) {
                    classes.add(type);
                }
            }
        }
        return classes;
    }

    static boolean isResourceMethod(Method method) {
        return HTTP_METHODS.stream().anyMatch(method::isAnnotationPresent) || method.isAnnotationPresent(Path.class);
    }

    static long declarations(AnnotatedElement element) {
        return DECLARATIONS.stream().filter(element::isAnnotationPresent).count();
    }

    @Test
    void everyResourceMethodDeclaresWhoMayCallIt() throws Exception {
        var undeclared = new ArrayList<String>();
        int methods = 0;
        for (var type : resourceClasses()) {
            for (var method : type.getDeclaredMethods()) {
                if (!isResourceMethod(method)) {
                    continue;
                }
                methods++;
                if (declarations(method) + declarations(type) == 0) {
                    undeclared.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertTrue(methods > 80, "found the resource methods: " + methods);
        assertEquals(List.of(), undeclared, "resource methods that declare no role and are not declared public");
    }

    @Test
    void noResourceDeclaresTwoDifferentAudiences() throws Exception {
        var ambiguous = new ArrayList<String>();
        for (var type : resourceClasses()) {
            if (declarations(type) > 1) {
                ambiguous.add(type.getSimpleName());
            }
            for (var method : type.getDeclaredMethods()) {
                if (declarations(method) > 1) {
                    ambiguous.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), ambiguous);
    }

    @Test
    void everyRoleDeclarationNamesAtLeastOneRole() throws Exception {
        for (var type : resourceClasses()) {
            var onType = type.getAnnotation(Roles.class);
            assertTrue(onType == null || onType.value().length > 0, type.getSimpleName());
            for (var method : type.getDeclaredMethods()) {
                var onMethod = method.getAnnotation(Roles.class);
                assertTrue(onMethod == null || onMethod.value().length > 0, type.getSimpleName() + "." + method.getName());
            }
        }
    }
}
