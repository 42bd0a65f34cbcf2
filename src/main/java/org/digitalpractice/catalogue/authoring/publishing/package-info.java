/**
 * Publishing a council's draft: what will change against the published version, part by part, before a trainer
 * confirms; every published version kept; and rolling back to an earlier one, which is published again as a new
 * version. Learners part-way through keep the version they started.
 */
package org.digitalpractice.catalogue.authoring.publishing;
