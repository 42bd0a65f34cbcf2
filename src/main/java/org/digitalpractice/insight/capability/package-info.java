/**
 * The team's capability picture: self-assessment ratings and "your practice" answers of a course or of the whole
 * council, only ever in aggregate and only when at least {@link org.digitalpractice.insight.capability.Threshold}
 * people are in it. Free text is never read; nobody's individual answers leave this package.
 */
package org.digitalpractice.insight.capability;
