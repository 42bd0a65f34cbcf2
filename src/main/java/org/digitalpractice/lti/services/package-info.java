/**
 * The tool's calls to platform services: OAuth2 access tokens by client assertion, Assignment and Grade Services
 * (line items, scores, results), Names and Role Provisioning Services (rosters) and the Course Groups Service
 * (teams), over one HTTP client with timeouts, and how each call ended in terms a caller can act on.
 */
package org.digitalpractice.lti.services;
