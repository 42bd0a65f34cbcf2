/**
 * The training content and how it is read: a module (its lessons, scenario, knowledge check and references), the files
 * it is made of, and the reader that checks a module folder against every rule a trainer can break, naming each
 * problem by file, line and field. It depends on nothing else in the tool. Where versions are stored and which
 * modules a council sees is {@code catalogue.versions}; what trainers do with modules is {@code catalogue.authoring}.
 */
package org.digitalpractice.catalogue;
