/**
 * What learning leads see: who has completed what, and the team's capability picture in anonymised aggregates.
 * Never anyone's individual answers.
 */
package org.digitalpractice.insight;
