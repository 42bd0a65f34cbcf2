/** The capability framework, self-assessment attempts, the personal profile and its recommended modules. */
package org.digitalpractice.assessment;
