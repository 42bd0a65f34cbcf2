/**
 * The training content: modules, lessons, scenarios, questions and their versions, the loader for the files in
 * {@code modules/}, the catalogue each council sees, and the trainer's home. Trainer authoring (drafts, preview,
 * publish, import and export) is the subpackage {@code catalogue.authoring}.
 */
package org.digitalpractice.catalogue;
