/**
 * The console for the people who run the tool, under {@code /admin/console}: registrations (approve, switch off,
 * one-time registration links), councils' names, the tool's keys, gradebook delivery, roster refreshes, content
 * reloads and the database, one person's data (subject access and erasure), the audit log, the privacy log and
 * the administrators.
 * Its pages are {@link org.digitalpractice.admin.signin.SignedIn}; {@link org.digitalpractice.admin.signin} owns the
 * sign-in and {@link org.digitalpractice.admin.audit} the audit log. This package also holds the JSON
 * administration API's calls about registrations, councils and keys ({@code DP_ADMIN_TOKEN}, for scripts, with the
 * same checks), and the page a platform opens with a registration link ({@code /lti/register}): lti, which runs the
 * protocol ({@link org.digitalpractice.lti.dynamic}), renders no pages.
 */
package org.digitalpractice.admin;
