/**
 * Turns completions and self-assessments into AGS scores, through a durable outbox and a delivery worker. The
 * scores of one learner in one gradebook column form a stream that goes out in order; a score a newer one replaces
 * is superseded, never sent, and a refusal for being older than what the platform holds (Moodle's 409, Canvas's
 * 400) is recovered here, without an administrator. Also the learner's view of where each result is.
 */
package org.digitalpractice.gradebook;
