/**
 * Keys: the tool's RSA signing keys with their rotation and the JWKS that publishes them, and each platform's
 * public keys, fetched and cached by kid.
 */
package org.digitalpractice.lti.keys;
