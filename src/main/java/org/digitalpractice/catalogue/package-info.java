/**
 * The training content: modules, lessons, scenarios, questions and their versions, the loader for the files in
 * {@code modules/}, and the trainer's home and authoring pages.
 */
package org.digitalpractice.catalogue;
