/**
 * How pages look and travel: the GOV.UK page layout and components as JTE templates, static assets, error pages,
 * and the security headers (CSP frame-ancestors limited to the registered platforms). Feature packages render
 * their pages through {@link org.digitalpractice.web.Templates}.
 */
package org.digitalpractice.web;
