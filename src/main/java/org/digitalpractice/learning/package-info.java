/**
 * A social worker's way through the training: their home page, progress through a module, answers, completion,
 * reflections and the CPD record. The record includes the learner's latest self-assessment, read from
 * {@code assessment}, which never depends on this package.
 */
package org.digitalpractice.learning;
