/**
 * How pages look and travel: the GOV.UK page layout and components as JTE templates, static assets, the front
 * page and error pages. Feature packages render their pages through {@link org.digitalpractice.web.Templates}.
 * The security headers (CSP frame-ancestors limited to the registered platforms) are set in
 * {@code session.FramingPolicy}, the one package that may read the registrations.
 */
package org.digitalpractice.web;
