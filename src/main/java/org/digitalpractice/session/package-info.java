/**
 * Who is here now. Turns a validated LTI launch into a launch session: the tenant (registration and deployment,
 * one council), the person, their role (LEARNER, TRAINER or LEAD), the course and the placement, the last three
 * found or made in {@code session.people}. Owns the HTTP endpoints of login and launch, the launch token that
 * carries the session without third-party cookies, the new-window handover for a launch whose iframe could keep no
 * cookie, the role every resource declares ({@code Roles}, checked by {@code RoleCheck}), CSRF tokens, and the
 * framing policy (CSP frame-ancestors) that lets only registered platforms embed the tool. For retention, it
 * forgets expired sessions and codes, and a de-identified person's sessions.
 */
package org.digitalpractice.session;
