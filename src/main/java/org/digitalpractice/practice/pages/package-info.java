/**
 * What a person's browser sees of the practice platform: the start page and each council's people, a course with
 * its links, roster and gradebook, the launch (the OIDC authorisation endpoint, which answers with a form that posts
 * the id_token to the tool), installing the tool by URL, the return of a Deep Linking response, and the frame that
 * offers platform storage. Uses {@code practice}; never {@code practice.services}.
 */
package org.digitalpractice.practice.pages;
