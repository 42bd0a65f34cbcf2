/**
 * A social worker's way through the training: their home page, progress through a module, answers, completion,
 * reflections and the CPD record.
 */
package org.digitalpractice.learning;
