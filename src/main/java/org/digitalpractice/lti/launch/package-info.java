/**
 * The launch: OIDC third-party initiated login, the signed state that carries it to the launch, id_token
 * validation into an immutable {@link org.digitalpractice.lti.launch.LaunchContext}, single use of state and
 * nonce, and the Deep Linking response the tool signs. Stores nothing but used states and nonces.
 */
package org.digitalpractice.lti.launch;
