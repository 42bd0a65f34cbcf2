/**
 * Plumbing that every feature relies on and none owns: configuration, the datasource and its migration at
 * start-up, the clock, and health checks. Imports no other package of the tool.
 */
package org.digitalpractice.infrastructure;
