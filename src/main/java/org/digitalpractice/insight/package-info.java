/**
 * What learning leads see: who has completed what, and the team's capability picture in anonymised aggregates.
 * Never anyone's individual answers. This package keeps the roster from the platform (NRPS) and the course's teams
 * from its Course Groups Service ({@code CourseGroups}, for the leads' team filter), finds for the retention
 * job who has left every course, and knows which courses a lead may see (only their own council's);
 * {@code insight.completion} has the completion matrix, its export and the council's completion, and
 * {@code insight.capability} the self-assessment aggregates.
 *
 * <p>Insight is deliberately a read model over other features' tables: it reads learners' progress
 * ({@code module_progress}, {@code training_module}), the gradebook's outbox ({@code score_outbox}) and
 * self-assessment attempts in SQL, because its pages aggregate thousands of rows that the owning features' entity
 * stores would load one by one. Those reads live only in {@code completion.CompletionMatrix},
 * {@code completion.CouncilProgress}, {@code completion.FailedScores} and {@code capability.CapabilityPicture};
 * insight never writes to another feature's table.
 */
package org.digitalpractice.insight;
