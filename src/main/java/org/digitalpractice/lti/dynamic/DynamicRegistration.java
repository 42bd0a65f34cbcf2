package org.digitalpractice.lti.dynamic;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import org.digitalpractice.infrastructure.Settings;
import org.digitalpractice.lti.registration.ProposedRegistration;
import org.digitalpractice.lti.registration.RegistrationStatus;
import org.digitalpractice.lti.registration.Registrations;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The tool's side of LTI Dynamic Registration 1.0 (section 3): with a usable registration link, reads the
 * platform's OpenID configuration, checks it, sends the tool's registration request to the platform, and stores
 * the platform's answer as a registration waiting for approval, unless the platform's origin is approved in
 * advance (DP_REGISTRATION_AUTO_APPROVE_ORIGINS). Any refusal stores nothing and leaves the link usable.
 */
@ApplicationScoped
public class DynamicRegistration {

    private static final Logger LOG = Logger.getLogger(DynamicRegistration.class.getName());

    @Inject
    RegistrationLinks links;
    @Inject
    Settings settings;
    @Inject
    @ConfigProperty(name = "dp.registration.allow-private-addresses", defaultValue = "false")
    boolean allowPrivateAddresses;
    @Inject
    @ConfigProperty(name = "dp.registration.auto-approve-origins")
    Optional<String> autoApproveOrigins;

    private PlatformFetch platform;

    /** What the platform registered, for the page that tells its administrator what happens next. */
    public record Outcome(String platformName, String issuer, String clientId, Optional<String> deploymentId,
                          RegistrationStatus status) {
    }

    @PostConstruct
    void connect() {
        platform = new PlatformFetch(new PlatformAddresses(allowPrivateAddresses),
                "DigitalPractice/1.0 (+" + settings.baseUrl() + ")", PlatformFetch.TIMEOUT, PlatformFetch.MOST_BYTES);
    }

    public Outcome register(String link, String openidConfiguration, String registrationToken) {
        if (blank(link) && blank(openidConfiguration)) {
            throw RegistrationRefused.because("This address registers Digital Practice with a learning platform, and "
                    + "it was opened without its registration link or the platform's OpenID configuration. Enter the "
                    + "registration link in your learning platform's page for adding a tool by URL (dynamic "
                    + "registration), instead of opening it in a browser.");
        }
        links.requireUsable(link);
        if (blank(openidConfiguration)) {
            throw RegistrationRefused.because("The learning platform did not send the address of its OpenID "
                    + "configuration (the openid_configuration parameter). Enter the registration link in your "
                    + "learning platform's page for adding a tool by URL, which adds it.");
        }
        var configurationUrl = url(openidConfiguration);
        var bearer = Optional.ofNullable(registrationToken).filter(token -> !token.isBlank());
        // Canvas wants the registration token on this request too (its registration docs); others ignore it.
        var configuration = platform.get("The platform's OpenID configuration", configurationUrl, bearer);
        if (configuration.status() != 200) {
            throw RegistrationRefused.because("The platform's OpenID configuration at '" + configurationUrl
                    + "' answered HTTP " + configuration.status() + " (" + RegistrationAnswer.reason(configuration.body())
                    + ").");
        }
        var offered = PlatformConfiguration.read(configuration.body(), configurationUrl);
        var request = ToolRegistrationRequest.of(settings.baseUrl(), offered.deepLinkingPlacements());
        var answered = platform.postJson("The platform's registration endpoint", offered.registrationEndpoint(),
                bearer, request.toString());
        if (!answered.succeeded()) {
            throw RegistrationRefused.because("The platform refused the registration: its registration endpoint '"
                    + offered.registrationEndpoint() + "' answered HTTP " + answered.status() + " ("
                    + RegistrationAnswer.reason(answered.body()) + ").");
        }
        var answer = RegistrationAnswer.read(answered.body());
        var proposed = new ProposedRegistration(offered.platformName(), offered.issuer(), answer.clientId(),
                offered.authorizationEndpoint(), offered.jwksUri(), offered.tokenEndpoint(), offered.tokenAudience(),
                answer.deploymentId(), configurationUrl);
        var status = approvedInAdvance(offered.issuer()) ? RegistrationStatus.ACTIVE : RegistrationStatus.PENDING;
        try {
            links.register(link, proposed, status);
        } catch (Registrations.AlreadyRegistered e) {
            throw RegistrationRefused.alreadyRegistered(e.getMessage());
        } catch (PersistenceException | TransactionalException e) {
            throw RegistrationRefused.alreadyRegistered("a registration with issuer '" + offered.issuer()
                    + "' and client_id '" + answer.clientId() + "' was stored at the same moment");
        }
        LOG.info(() -> "Dynamic registration stored as " + status + ": " + proposed.platformName() + " ("
                + proposed.issuer() + ", client_id " + proposed.clientId() + ", deployment "
                + proposed.deploymentId().orElse("to come with the first launch") + ")");
        return new Outcome(proposed.platformName(), proposed.issuer(), proposed.clientId(), proposed.deploymentId(),
                status);
    }

    private boolean approvedInAdvance(String issuer) {
        var origin = Registrations.origin(URI.create(issuer));
        return approvedOrigins().contains(origin);
    }

    private Set<String> approvedOrigins() {
        return autoApproveOrigins.stream().flatMap(list -> Arrays.stream(list.split(",")))
                .map(String::trim).filter(origin -> !origin.isEmpty())
                .map(origin -> origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin)
                .collect(Collectors.toSet());
    }

    private static URI url(String text) {
        try {
            var uri = URI.create(text);
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("no host");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw RegistrationRefused.because("The platform's OpenID configuration address '" + text
                    + "' is not a valid absolute URL.");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
