package org.digitalpractice.lti.dynamic;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.digitalpractice.lti.services.AgsClient;
import org.digitalpractice.lti.launch.LtiClaims;
import org.digitalpractice.lti.services.NrpsClient;

import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A platform's OpenID configuration (LTI Dynamic Registration 1.0, section 3.4), checked for what the tool needs:
 * it comes from its issuer ({@link IssuerMatch}), names its endpoints, signs id_tokens with RS256, offers resource
 * link launches and Deep Linking, and the gradebook and roster scopes. Everything missing is named at once, so
 * that a platform administrator can fix it in one go.
 */
record PlatformConfiguration(String issuer, URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri,
                             URI registrationEndpoint, Optional<String> tokenAudience, String platformName,
                             List<String> deepLinkingPlacements) {

    static final String PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration";
    static final String CANVAS_ACCOUNT_NAME = "https://canvas.instructure.com/lti/account_name";
    /** The scopes the tool uses: scores and their columns (AGS), and course rosters (NRPS). */
    static final List<String> NEEDED_SCOPES = List.of(AgsClient.SCOPE_LINE_ITEM, AgsClient.SCOPE_RESULT_READ,
            AgsClient.SCOPE_SCORE, NrpsClient.SCOPE);
    /** Where trainers choose modules: the spec's content area, and Canvas's selection placements. */
    static final List<String> DEEP_LINKING_PLACEMENTS = List.of("ContentArea", "link_selection",
            "assignment_selection");

    static PlatformConfiguration read(String json, URI from) {
        var what = "The platform's OpenID configuration at '" + from + "'";
        JsonObject root;
        try (var reader = Json.createReader(new StringReader(json))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw RegistrationRefused.because(what + " is not a JSON object.");
        }
        var issuer = text(root, "issuer").orElseThrow(() -> RegistrationRefused.because(what + " has no issuer."));
        IssuerMatch.mismatch(issuer, from).ifPresent(why -> {
            throw RegistrationRefused.because(what + " cannot be trusted: " + why + ". The LTI Dynamic Registration "
                    + "specification (3.5.1) requires a platform's configuration to come from its issuer.");
        });
        var missing = new ArrayList<String>();
        var authorization = url(root, "authorization_endpoint", missing);
        var token = url(root, "token_endpoint", missing);
        var jwks = url(root, "jwks_uri", missing);
        var registration = url(root, "registration_endpoint", missing);
        if (!strings(root, "id_token_signing_alg_values_supported").contains("RS256")) {
            missing.add("RS256 in id_token_signing_alg_values_supported");
        }
        if (root.containsKey("token_endpoint_auth_methods_supported")
                && !strings(root, "token_endpoint_auth_methods_supported").contains("private_key_jwt")) {
            missing.add("private_key_jwt in token_endpoint_auth_methods_supported");
        }
        var platform = root.get(PLATFORM_CONFIGURATION) instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
        var messages = messageTypes(platform);
        for (var needed : List.of(LtiClaims.RESOURCE_LINK_REQUEST, LtiClaims.DEEP_LINKING_REQUEST)) {
            if (!messages.contains(needed)) {
                missing.add(needed + " in " + PLATFORM_CONFIGURATION + " messages_supported");
            }
        }
        var scopes = strings(root, "scopes_supported");
        NEEDED_SCOPES.stream().filter(scope -> !scopes.contains(scope))
                .forEach(scope -> missing.add(scope + " in scopes_supported"));
        if (!missing.isEmpty()) {
            throw RegistrationRefused.because(what + " lacks what Digital Practice needs: " + String.join("; ", missing)
                    + ". Check that LTI 1.3 with Deep Linking, Assignment and Grade Services and Names and Role "
                    + "Provisioning Services is switched on in the platform.");
        }
        return new PlatformConfiguration(issuer, authorization, token, jwks, registration,
                tokenAudience(root, token), platformName(root, platform, issuer), placements(platform));
    }

    /**
     * The audience of the tool's client assertions. The spec's authorization_server names it when it differs from
     * the token URL; Brightspace's OAuth2 audience is such a URL. Canvas puts a bare host name there, while its
     * documentation tells tools to address the token URL, so only an absolute URL is taken.
     */
    private static Optional<String> tokenAudience(JsonObject root, URI token) {
        return text(root, "authorization_server")
                .filter(server -> server.startsWith("https://") || server.startsWith("http://"))
                .filter(server -> token == null || !server.equals(token.toString()));
    }

    private static String platformName(JsonObject root, JsonObject platform, String issuer) {
        var host = URI.create(issuer).getHost();
        var account = text(platform, CANVAS_ACCOUNT_NAME);
        if (account.isPresent()) {
            return account.get() + " (" + host + ")";
        }
        return text(platform, "product_family_code")
                .map(family -> family.substring(0, 1).toUpperCase(Locale.ROOT) + family.substring(1) + " at " + host)
                .orElse(host);
    }

    /**
     * The message types a platform offers. The spec lists objects with a type; Moodle lists plain strings, and
     * spells the resource link launch "LtiResourceLink" in some releases (mod/lti/openid-configuration.php).
     */
    static Set<String> messageTypes(JsonObject platform) {
        var types = new LinkedHashSet<String>();
        for (var message : array(platform, "messages_supported")) {
            var type = message instanceof JsonString s ? s.getString()
                    : message instanceof JsonObject o ? o.getString("type", "") : "";
            types.add("LtiResourceLink".equals(type) ? LtiClaims.RESOURCE_LINK_REQUEST : type);
        }
        return types;
    }

    /** The platform's own Deep Linking placements that suit the tool, or the spec's content area if it lists none. */
    private static List<String> placements(JsonObject platform) {
        var offered = new ArrayList<String>();
        for (var message : array(platform, "messages_supported")) {
            if (message instanceof JsonObject o && LtiClaims.DEEP_LINKING_REQUEST.equals(o.getString("type", ""))) {
                array(o, "placements").forEach(p -> {
                    if (p instanceof JsonString s) {
                        offered.add(s.getString());
                    }
                });
            }
        }
        if (offered.isEmpty()) {
            return List.of("ContentArea");
        }
        return DEEP_LINKING_PLACEMENTS.stream().filter(offered::contains).toList();
    }

    private static URI url(JsonObject root, String key, List<String> missing) {
        var text = text(root, key);
        if (text.isEmpty()) {
            missing.add(key);
            return null;
        }
        try {
            var uri = URI.create(text.get());
            if (uri.getHost() == null
                    || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                missing.add(key + " as an http or https address (it is '" + text.get() + "')");
                return null;
            }
            return uri;
        } catch (IllegalArgumentException e) {
            missing.add(key + " as a valid address (it is '" + text.get() + "')");
            return null;
        }
    }

    private static Optional<String> text(JsonObject object, String key) {
        return object.get(key) instanceof JsonString s && !s.getString().isBlank()
                ? Optional.of(s.getString()) : Optional.empty();
    }

    private static JsonArray array(JsonObject object, String key) {
        return object.get(key) instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
    }

    private static Set<String> strings(JsonObject object, String key) {
        var values = new LinkedHashSet<String>();
        array(object, key).forEach(v -> {
            if (v instanceof JsonString s) {
                values.add(s.getString());
            }
        });
        return values;
    }
}
