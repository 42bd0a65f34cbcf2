/**
 * The LTI 1.3 protocol, and nothing about training: platform registrations (with their status: waiting for
 * approval, active or switched off) and their deployments, the tool's keys and JWKS with rotation, OIDC login
 * initiation, id_token validation into an immutable {@link org.digitalpractice.lti.LaunchContext}, and single-use
 * state and nonce. Dynamic Registration, by which a platform registers itself, is the subpackage
 * {@link org.digitalpractice.lti.dynamic}. Uses only infrastructure; the HTTP endpoints of the launch live in the
 * session package, which turns a validated launch into a session.
 */
package org.digitalpractice.lti;
