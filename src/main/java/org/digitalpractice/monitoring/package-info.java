/**
 * What operators scrape: the features' counters (launches by outcome and refused rule, scores by outcome, roster
 * refreshes, retention runs, each counted on the node where it happened in {@link
 * org.digitalpractice.infrastructure.Counters}) and the
 * gradebook's state read from the database at each scrape, as Prometheus text behind the administrator's
 * credentials. Payara's own {@code /metrics} stays off: it would answer anyone. Nothing imports this package.
 */
package org.digitalpractice.monitoring;
