/**
 * The practitioners' voice: the quarterly practice pulse. Learners answer its questions (subpackage
 * {@code questions}) once each calendar quarter, UK time, and may change their answers until the quarter ends. Leads
 * see the council's and each course's totals beside the other councils' pooled totals, with a CSV and a PDF, and
 * write "what we are doing about it" for learners to read; trainers see what support learners asked for.
 *
 * <p>Every figure goes through {@link org.digitalpractice.pulse.Threshold}: at least five people behind it, and
 * other councils only when at least three of them each have five responses. A response is read back only for the
 * person who gave it, to change it; {@link org.digitalpractice.pulse.PulseTotals} selects only counts, and what
 * people write in their own words is never read by any page but their own form, and is removed once the quarter
 * ends. Other features' tables are not read here; the privacy and retention packages act on this one's tables
 * through {@link org.digitalpractice.pulse.PulseResponses}.
 */
package org.digitalpractice.pulse;
