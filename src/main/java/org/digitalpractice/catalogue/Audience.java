package org.digitalpractice.catalogue;

/** Whose social workers a module is written for. */
public enum Audience {
    CHILDREN,
    ADULTS,
    ALL
}
