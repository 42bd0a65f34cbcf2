/**
 * What learning leads and trainers see of the practice pulse: a quarter's counts and shares for the council or one
 * of its courses, beside the other councils' pooled figures, as pages, CSV and a PDF for a workforce board; the
 * leads' "what we are doing about it"; and the support learners asked for, with the modules that meet it.
 *
 * <p>Only sums leave the database ({@link org.digitalpractice.pulse.figures.PulseTotals} selects counts, never a
 * response, a person or anyone's words), and {@link org.digitalpractice.pulse.figures.Figures} keeps back every
 * figure that {@link org.digitalpractice.pulse.Threshold} does not allow before any page, export or report sees it.
 */
package org.digitalpractice.pulse.figures;
