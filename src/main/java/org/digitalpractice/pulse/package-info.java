/**
 * The practitioners' voice: the quarterly practice pulse. Learners answer its questions (subpackage
 * {@code questions}) once each calendar quarter, UK time, and may change their answers until the quarter ends; they
 * read what their council's leads say they are doing about it. What leads and trainers see of it, always in
 * aggregate, is the subpackage {@code figures}.
 *
 * <p>A response is read back only for the person who gave it, to change it. What people write in their own words
 * is never read by any page but their own form, and is removed once the quarter ends (by the retention job) or when
 * they are de-identified or erased. {@link org.digitalpractice.pulse.Threshold} holds the two rules every figure
 * goes through. Other features' tables are not read here; the privacy and retention packages act on this one's
 * tables through {@link org.digitalpractice.pulse.PulseResponses}.
 */
package org.digitalpractice.pulse;
