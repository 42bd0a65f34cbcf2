/**
 * The audit log: every administrator's action, through the console or the administration API, with who did it and
 * when. Resources mark an action with {@link org.digitalpractice.infrastructure.Audited} and
 * {@link org.digitalpractice.admin.audit.AuditTrail} holds the action and its entry in one transaction, so that they
 * commit together or not at all; the sign-in writes its own entries in the transaction that counts the attempt. An
 * entry names the administrator and what they acted on by its number, never a learner.
 */
package org.digitalpractice.admin.audit;
