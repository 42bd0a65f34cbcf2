/**
 * Plumbing that every feature relies on and none owns: configuration, the datasource and its migration at
 * start-up, the clock, health checks, and the id that entities numbered from the shared sequence inherit
 * ({@code NumberedEntity}). Imports no other package of the tool.
 */
package org.digitalpractice.infrastructure;
