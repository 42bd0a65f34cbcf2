/**
 * LTI Dynamic Registration 1.0, the tool's side: a platform registers the tool by itself. The people who run the
 * tool make a one-time registration link ({@link org.digitalpractice.lti.dynamic.RegistrationLinks}); a platform
 * administrator gives it to their platform, which opens it with the address of its OpenID configuration and a
 * registration token. The tool reads that configuration over bounded HTTP (5 s, 256 KB, no redirect to another
 * host, no private addresses), checks it, posts its own client registration to the platform, and stores the answer
 * as a registration that waits for approval ({@link org.digitalpractice.lti.dynamic.DynamicRegistration}). Every
 * refusal ({@link org.digitalpractice.lti.dynamic.RegistrationRefused}) says what went wrong and stores nothing.
 * A subpackage of lti, which already holds about 30 classes; it uses lti's registrations and infrastructure only.
 */
package org.digitalpractice.lti.dynamic;
