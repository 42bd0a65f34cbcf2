/**
 * Trainer authoring: a council's drafts of its own modules (copies of library modules or imports), edited part by
 * part in the browser (the knowledge check and the scenario in structured forms, with their YAML for experts) and
 * checked by the same {@link org.digitalpractice.catalogue.ModuleReader} as the files in {@code modules/};
 * previewing, publishing as a new version and archiving; zip export and import; and the audit trail of those
 * actions. Everything here is scoped to the trainer's own council.
 */
package org.digitalpractice.catalogue.authoring;
