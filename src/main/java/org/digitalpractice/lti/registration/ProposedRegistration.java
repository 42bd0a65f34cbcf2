package org.digitalpractice.lti.registration;

import java.net.URI;
import java.util.Optional;

/**
 * What a platform told the tool about itself in Dynamic Registration: its OpenID configuration's endpoints, and
 * the client id (and, when it gave one, the deployment id) from its answer to the tool's registration request.
 * Without a deployment id, the registration accepts new deployments, as Canvas's answer carries none.
 */
public record ProposedRegistration(String platformName, String issuer, String clientId, URI authUrl, URI jwksUrl,
                                   URI tokenUrl, Optional<String> tokenAudience, Optional<String> deploymentId,
                                   URI openidConfiguration) {
}
