/**
 * Who may use the console: named administrators who sign in with a password, not with an LTI launch. The first is
 * made with a one-time setup token that a node prints to its log when it starts with no administrator; then
 * administrators add and remove each other. Passwords follow the NCSC's advice (length over complexity, a deny
 * list of common ones) and are kept as Argon2id hashes; an account locks for a while after repeated failures,
 * without telling anyone whether a name has an account. A session lives in a cookie for {@code /admin} only
 * (Secure, HttpOnly, SameSite=Strict), ends when idle or old, and every form carries a CSRF token that
 * {@link org.digitalpractice.admin.signin.ConsoleGate} checks before any page acts.
 */
package org.digitalpractice.admin.signin;
