/**
 * Who has done what: the completion matrix of a course (everyone on the platform's roster against each placed
 * module, overdue against a due date), its CSV export, the due dates leads set, scores the platform's gradebook
 * refused, and the council's completion rates over all its courses.
 */
package org.digitalpractice.insight.completion;
