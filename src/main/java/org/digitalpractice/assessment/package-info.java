/**
 * The capability self-assessment: learners' attempts on a version of the framework (subpackage {@code framework}),
 * saved page by page and submitted; the personal profile with its chart, strengths, priority areas and the modules
 * that build them; the history of retakes; and what a placement's gradebook receives on submit. A learner's answers
 * are theirs: no page here shows them to anyone else.
 */
package org.digitalpractice.assessment;
