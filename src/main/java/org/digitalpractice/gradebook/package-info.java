/** Turns completions and self-assessments into AGS scores, through a durable outbox and a delivery worker. */
package org.digitalpractice.gradebook;
