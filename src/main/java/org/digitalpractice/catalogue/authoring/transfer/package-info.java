/**
 * A module in and out of the tool as a zip in the {@code modules/<slug>/} layout: export of any version or the draft,
 * and import into the council's draft, checked in memory before anything is stored (size, paths, file types, zip
 * bombs).
 */
package org.digitalpractice.catalogue.authoring.transfer;
