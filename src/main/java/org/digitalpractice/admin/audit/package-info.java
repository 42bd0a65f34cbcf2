/**
 * The audit log: every administrator's action, through the console or the administration API, with who did it and
 * when. Resources mark an action with {@link org.digitalpractice.infrastructure.Audited} and
 * {@link org.digitalpractice.admin.audit.AuditTrail} writes it when it succeeds; the sign-in writes its own. An
 * entry names the administrator and what they acted on by its number, never a learner.
 */
package org.digitalpractice.admin.audit;
