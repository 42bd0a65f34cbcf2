/**
 * The capability framework behind the self-assessment: {@code modules/self-assessment/framework.yaml} read into
 * records, checked the way module files are, and stored as a version per distinct content so that an attempt keeps
 * the wording it was started with.
 */
package org.digitalpractice.assessment.framework;
