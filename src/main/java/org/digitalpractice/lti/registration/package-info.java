/**
 * The platforms the tool trusts: registrations keyed by (issuer, client_id), with their status (waiting for
 * approval, active or switched off), their deployments (one council each, the unit of tenant isolation), role
 * mappings, and the files of {@code lti-config/registrations/} that load them at start.
 */
package org.digitalpractice.lti.registration;
