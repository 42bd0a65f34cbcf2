package org.digitalpractice.lti.launch;

import java.net.URI;

/**
 * Where a login sends the browser next: the platform's authorisation endpoint, with the state this browser must
 * later prove it owns (by the binding, kept in a cookie and, if the platform offers it, in platform storage).
 */
public record LoginRedirect(URI authorisationRequest, LoginState state, String binding, String platformOrigin) {
}
