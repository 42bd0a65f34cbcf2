/**
 * The trainer's pages around the council's modules: the trainer's home, the list of modules, one module with its
 * parts and versions, copying a library module to adapt, the preview as a learner would see it, starting a new
 * module, archiving, and the list of changes.
 */
package org.digitalpractice.catalogue.authoring.library;
