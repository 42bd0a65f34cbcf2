/**
 * Placing activities in a course through LTI Deep Linking 2.0: the catalogue a trainer chooses from when their
 * platform asks Digital Practice for content, each choice's gradebook mode and due date, and the signed response
 * sent back to the platform. It reads the module catalogue and the self-assessment, so it sits above both.
 */
package org.digitalpractice.placing;
