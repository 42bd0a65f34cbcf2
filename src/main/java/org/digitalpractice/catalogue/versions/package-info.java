/**
 * The catalogue each council sees: every distinct content of a module stored as a numbered version with its files,
 * which version new learners start, and the shared library loaded from {@code modules/} at start (and again when an
 * administrator asks). A version never changes once stored, so learners part-way through keep theirs. The other
 * content files of {@code modules/} (the self-assessment's framework, the pulse's questions) are versioned the same
 * way, through {@code VersionedContent}, by the features that own them.
 */
package org.digitalpractice.catalogue.versions;
