/**
 * What learning leads see: who has completed what, and the team's capability picture in anonymised aggregates.
 * Never anyone's individual answers. This package keeps the roster from the platform (NRPS) and which courses a
 * lead may see (only their own council's); {@code insight.completion} has the completion matrix, its export and the
 * council's completion, and {@code insight.capability} the self-assessment aggregates.
 */
package org.digitalpractice.insight;
