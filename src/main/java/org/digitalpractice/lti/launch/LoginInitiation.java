package org.digitalpractice.lti.launch;

import org.digitalpractice.lti.registration.Registration;
import org.digitalpractice.lti.registration.RegistrationStatus;
import org.digitalpractice.lti.registration.Registrations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.digitalpractice.infrastructure.Hashes;
import org.digitalpractice.infrastructure.Secrets;
import org.digitalpractice.infrastructure.Settings;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The tool's side of OIDC third-party initiated login: checks who is asking, and builds the authentication
 * request with a fresh state and nonce. Stores nothing: the state is signed, and single use is enforced at launch.
 */
@ApplicationScoped
public class LoginInitiation {

    @Inject
    Registrations registrations;
    @Inject
    Secrets secrets;
    @Inject
    Settings settings;
    @Inject
    Clock clock;

    public LoginStates states() {
        return new LoginStates(secrets.secret("login-state"), clock);
    }

    public LoginRedirect start(LoginRequest request) {
        var registration = registrationFor(request);
        registration.requireActive();
        request.deploymentId().ifPresent(deploymentId -> {
            if (registrations.deployment(registration, deploymentId).isEmpty() && !registration.acceptsNewDeployments()) {
                throw new LaunchRejected("lti_deployment_id '" + deploymentId + "' is not registered for client_id '"
                        + registration.clientId() + "'");
            }
        });
        var toolOrigin = Registrations.origin(settings.baseUrl());
        URI target;
        try {
            target = URI.create(request.targetLinkUri());
        } catch (IllegalArgumentException e) {
            throw new LaunchRejected("target_link_uri '" + request.targetLinkUri() + "' is not a valid URL");
        }
        if (!toolOrigin.equals(Registrations.origin(target))) {
            throw new LaunchRejected("target_link_uri '" + request.targetLinkUri() + "' is not an address of this tool ("
                    + toolOrigin + ")");
        }
        var binding = Secrets.randomToken();
        var state = new LoginState(UUID.randomUUID().toString().replace("-", ""), registration.issuer(),
                registration.clientId(), Secrets.randomToken(), request.deploymentId(), request.targetLinkUri(),
                request.loginHint(), request.messageHint(), request.storageTarget(), Hashes.sha256(binding),
                clock.instant().plus(LoginStates.LIFETIME));
        var params = new LinkedHashMap<String, String>();
        params.put("scope", "openid");
        params.put("response_type", "id_token");
        params.put("response_mode", "form_post");
        params.put("prompt", "none");
        params.put("client_id", registration.clientId());
        params.put("redirect_uri", settings.toolUrl("/lti/launch").toString());
        params.put("login_hint", request.loginHint());
        request.messageHint().ifPresent(hint -> params.put("lti_message_hint", hint));
        params.put("state", states().seal(state));
        params.put("nonce", state.nonce());
        return new LoginRedirect(withQuery(registration.authUrl(), params), state, binding,
                Registrations.origin(registration.authUrl()));
    }

    private Registration registrationFor(LoginRequest request) {
        if (request.clientId().isPresent()) {
            return registrations.find(request.issuer(), request.clientId().get()).orElseThrow(() ->
                    new LaunchRejected("no platform is registered with issuer '" + request.issuer()
                            + "' and client_id '" + request.clientId().get() + "'"));
        }
        var candidates = registrations.findByIssuer(request.issuer());
        if (candidates.isEmpty()) {
            throw new LaunchRejected("no platform is registered with issuer '" + request.issuer() + "'");
        }
        if (candidates.size() > 1) {
            // A platform that registered itself again waits beside the registration that works: use that one.
            var active = candidates.stream().filter(r -> r.status() == RegistrationStatus.ACTIVE).toList();
            if (active.size() == 1) {
                return active.get(0);
            }
            throw new LaunchRejected("issuer '" + request.issuer() + "' has several registrations, and the login "
                    + "request did not say which client_id it is for");
        }
        return candidates.get(0);
    }

    static URI withQuery(URI base, Map<String, String> params) {
        var query = params.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        var text = base.toString();
        return URI.create(text + (text.contains("?") ? "&" : "?") + query);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public Optional<Registration> registrationOf(LoginState state) {
        return registrations.find(state.issuer(), state.clientId());
    }
}
