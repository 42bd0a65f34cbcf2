/**
 * The practice platform's services, which the tool calls over HTTP as it would a real platform's: the access token
 * endpoint (client credentials with a signed JWT), Assignment and Grade Services, Names and Role Provisioning
 * Services, the Course Groups Service (for the profiles whose platform offers it), the platform's key set, and, for
 * Dynamic Registration, Riverside's OpenID configuration and its registration endpoint. Each answers as the council's
 * platform profile says a real platform would, and shows the faults a test asked for. Uses {@code practice}; never
 * {@code practice.pages}.
 */
package org.digitalpractice.practice.services;
