/**
 * The LTI 1.3 protocol, and nothing about training, in four parts that import one way
 * (launch and services use keys and registration; keys and registration use neither): {@link
 * org.digitalpractice.lti.registration} (the platforms the tool trusts), {@link org.digitalpractice.lti.keys}
 * (the tool's keys and the platforms'), {@link org.digitalpractice.lti.launch} (login and id_token validation) and
 * {@link org.digitalpractice.lti.services} (AGS and NRPS). Dynamic Registration, by which a platform registers
 * itself, is {@link org.digitalpractice.lti.dynamic}. Uses only infrastructure; the HTTP endpoints of the launch
 * live in the session package, which turns a validated launch into a session.
 */
package org.digitalpractice.lti;
