/**
 * The practice pulse's questions: {@code modules/pulse/questions.yaml} read into records, checked the way module
 * files are (every problem names the file, line and field), and stored as a version per distinct content, so that a
 * response keeps the questions it was given on.
 */
package org.digitalpractice.pulse.questions;
