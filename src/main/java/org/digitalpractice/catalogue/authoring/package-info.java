/**
 * Trainer authoring, the part every authoring page builds on: a council's drafts of its own modules (copies of library
 * modules, new modules and imports) and their files, the check that a draft is a module the reader accepts, the
 * short name of a module, the advice on its questions, and the audit trail of what trainers did. Everything here is
 * scoped to the trainer's own council. The pages are in the subpackages: {@code library} (the list, a module, the
 * preview, a new module, the audit list, the trainer's home), {@code forms} (editing each part), {@code publishing}
 * (publish with a comparison, versions and rollback) and {@code transfer} (zip export and import). They use this
 * package and never one another.
 */
package org.digitalpractice.catalogue.authoring;
