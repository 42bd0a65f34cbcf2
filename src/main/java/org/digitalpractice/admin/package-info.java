/**
 * What the people who run the tool do with the platforms that trust it: make one-time registration links, see
 * every registration (from files or registered by the platform itself), and approve or switch them off, over the
 * JSON administration API ({@code DP_ADMIN_TOKEN}). It also holds the page a platform opens with such a link
 * ({@code /lti/register}): the page belongs to registration, and lti, which runs the protocol
 * ({@link org.digitalpractice.lti.dynamic}), renders no pages. The console's own pages and sign-in come later.
 */
package org.digitalpractice.admin;
