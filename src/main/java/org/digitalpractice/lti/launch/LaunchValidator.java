package org.digitalpractice.lti.launch;

import org.digitalpractice.lti.registration.Registrations;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import java.net.URI;
import java.security.Key;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks an id_token against every rule of LTI 1.3 core and the 1EdTech Security Framework, and turns it into a
 * {@link LaunchContext}. It stores nothing: single use of state and nonce is enforced where the session is opened.
 */
public final class LaunchValidator {

    /** Platforms' clocks drift; a few seconds either way is tolerated, no more. */
    public static final Duration LEEWAY = Duration.ofSeconds(5);

    private static final Set<JWSAlgorithm> ASYMMETRIC = Set.of(
            JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512,
            JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);

    private static final Set<String> MESSAGE_TYPES = Set.of(
            LtiClaims.RESOURCE_LINK_REQUEST, LtiClaims.DEEP_LINKING_REQUEST);

    /** What the launch must match: the registration, and what this browser's login asked for. */
    public record Expectation(String issuer, String clientId, String nonce, Optional<String> loginDeploymentId,
                              Predicate<String> deploymentKnown) {
    }

    private final Clock clock;
    private final URI toolBaseUrl;

    public LaunchValidator(Clock clock, URI toolBaseUrl) {
        this.clock = clock;
        this.toolBaseUrl = toolBaseUrl;
    }

    public LaunchContext validate(String idToken, Expectation expected, JWKSource<SecurityContext> platformKeys) {
        var jwt = signedToken(idToken);
        verifySignature(jwt, platformKeys);
        JWTClaimsSet claims;
        try {
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new LaunchRejected("id_token claims are not valid JSON: " + e.getMessage());
        }
        checkIssuerAndAudience(claims, expected);
        checkTimes(claims);
        checkNonce(claims, expected);
        return readLaunch(claims, expected);
    }

    private static SignedJWT signedToken(String idToken) {
        if (idToken == null || idToken.isBlank()) {
            throw new LaunchRejected("the launch has no id_token");
        }
        try {
            var parsed = JWTParser.parse(idToken);
            if (parsed instanceof PlainJWT) {
                throw new LaunchRejected("id_token is unsigned (alg 'none'): platforms must sign it");
            }
            if (!(parsed instanceof SignedJWT signed)) {
                throw new LaunchRejected("id_token is encrypted, not signed: this tool accepts signed id_tokens only");
            }
            var alg = signed.getHeader().getAlgorithm();
            if (!ASYMMETRIC.contains(alg)) {
                throw new LaunchRejected("id_token alg '" + alg + "' is not allowed: platforms must sign with an "
                        + "asymmetric key (RS256 or stronger)");
            }
            return signed;
        } catch (ParseException e) {
            throw new LaunchRejected("id_token is not a JWT: " + e.getMessage());
        }
    }

    private static void verifySignature(SignedJWT jwt, JWKSource<SecurityContext> platformKeys) {
        JWSHeader header = jwt.getHeader();
        var selector = new JWSVerificationKeySelector<>(header.getAlgorithm(), platformKeys);
        List<? extends Key> keys;
        try {
            keys = selector.selectJWSKeys(header, null);
        } catch (RateLimitReachedException e) {
            // Refetched moments ago: the kid is unknown, and asking the platform again would not change that.
            keys = List.of();
        } catch (KeySourceException e) {
            throw new LaunchRejected(502, "the platform's key set could not be fetched: " + e.getMessage());
        }
        if (keys.isEmpty()) {
            throw new LaunchRejected("no key with kid '" + header.getKeyID() + "' and alg '" + header.getAlgorithm()
                    + "' in the platform's key set, even after fetching it again");
        }
        var factory = new DefaultJWSVerifierFactory();
        for (Key key : keys) {
            try {
                if (jwt.verify(factory.createJWSVerifier(header, key))) {
                    return;
                }
            } catch (JOSEException e) {
                // try the next key with this kid
            }
        }
        throw new LaunchRejected("id_token signature does not verify with the platform key '" + header.getKeyID() + "'");
    }

    private static void checkIssuerAndAudience(JWTClaimsSet claims, Expectation expected) {
        if (!expected.issuer().equals(claims.getIssuer())) {
            throw new LaunchRejected("id_token iss '" + claims.getIssuer() + "' is not the registered issuer '"
                    + expected.issuer() + "'");
        }
        var audiences = claims.getAudience();
        if (audiences == null || !audiences.contains(expected.clientId())) {
            throw new LaunchRejected("id_token aud " + audiences + " does not contain client_id '"
                    + expected.clientId() + "'");
        }
        if (audiences.size() > 1) {
            Object azp = claims.getClaim("azp");
            if (azp == null) {
                throw new LaunchRejected("id_token has several audiences " + audiences + " but no azp claim");
            }
            if (!expected.clientId().equals(azp)) {
                throw new LaunchRejected("id_token azp '" + azp + "' is not client_id '" + expected.clientId() + "'");
            }
            var untrusted = audiences.stream().filter(a -> !a.equals(expected.clientId())).toList();
            throw new LaunchRejected("id_token aud contains audiences this tool does not trust: " + untrusted);
        }
    }

    private void checkTimes(JWTClaimsSet claims) {
        Instant now = clock.instant();
        if (claims.getExpirationTime() == null) {
            throw new LaunchRejected("id_token has no exp claim");
        }
        if (claims.getIssueTime() == null) {
            throw new LaunchRejected("id_token has no iat claim");
        }
        var exp = claims.getExpirationTime().toInstant();
        if (!exp.isAfter(now.minus(LEEWAY))) {
            throw new LaunchRejected("id_token expired at " + exp + " (now " + now + ")");
        }
        var iat = claims.getIssueTime().toInstant();
        if (iat.isAfter(now.plus(LEEWAY))) {
            throw new LaunchRejected("id_token iat " + iat + " is in the future (now " + now
                    + "): the platform's clock is ahead by more than " + LEEWAY.toSeconds() + " seconds");
        }
    }

    private static void checkNonce(JWTClaimsSet claims, Expectation expected) {
        Object nonce = claims.getClaim("nonce");
        if (nonce == null) {
            throw new LaunchRejected("id_token has no nonce");
        }
        if (!expected.nonce().equals(nonce)) {
            throw new LaunchRejected("id_token nonce does not match the nonce issued with this login's state");
        }
    }

    private LaunchContext readLaunch(JWTClaimsSet claims, Expectation expected) {
        var read = new Claims(claims);
        var messageType = read.requiredText(LtiClaims.MESSAGE_TYPE, "message_type");
        if (!MESSAGE_TYPES.contains(messageType)) {
            throw new LaunchRejected("message_type '" + messageType + "' is not supported: expected one of "
                    + MESSAGE_TYPES);
        }
        var version = read.requiredText(LtiClaims.VERSION, "version");
        if (!"1.3.0".equals(version)) {
            throw new LaunchRejected("LTI version '" + version + "' is not supported: expected 1.3.0");
        }
        var deploymentId = read.requiredText(LtiClaims.DEPLOYMENT_ID, "deployment_id");
        if (deploymentId.length() > 255) {
            throw new LaunchRejected("deployment_id is longer than 255 characters");
        }
        expected.loginDeploymentId().ifPresent(atLogin -> {
            if (!atLogin.equals(deploymentId)) {
                throw new LaunchRejected("deployment_id '" + deploymentId
                        + "' differs from lti_deployment_id '" + atLogin + "' sent at login");
            }
        });
        if (!expected.deploymentKnown().test(deploymentId)) {
            throw new LaunchRejected("deployment_id '" + deploymentId + "' is not registered for client_id '"
                    + expected.clientId() + "'");
        }
        var subject = claims.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new LaunchRejected("id_token has no sub: anonymous launches are not supported");
        }
        var roles = read.requiredStringList(LtiClaims.ROLES, "roles");
        var target = read.requiredText(LtiClaims.TARGET_LINK_URI, "target_link_uri");
        checkTargetIsOurs(target);

        Optional<LaunchContext.ResourceLink> resourceLink = read.object(LtiClaims.RESOURCE_LINK)
                .map(link -> new LaunchContext.ResourceLink(text(link, "id").orElse(null), text(link, "title")));
        Optional<LaunchContext.DeepLinking> deepLinking = Optional.empty();
        if (LtiClaims.RESOURCE_LINK_REQUEST.equals(messageType)) {
            if (resourceLink.isEmpty() || resourceLink.get().id() == null || resourceLink.get().id().isBlank()) {
                throw new LaunchRejected("resource link launch has no resource_link.id claim");
            }
            if (resourceLink.get().id().length() > 255) {
                throw new LaunchRejected("resource_link.id is longer than 255 characters");
            }
        } else {
            var settings = read.object(LtiClaims.DEEP_LINKING_SETTINGS).orElseThrow(() ->
                    new LaunchRejected("deep linking launch has no deep_linking_settings claim"));
            deepLinking = Optional.of(LaunchContext.DeepLinking.of(settings).orElseThrow(() ->
                    new LaunchRejected("deep_linking_settings has no deep_link_return_url")));
        }
        var context = read.object(LtiClaims.CONTEXT)
                .flatMap(c -> text(c, "id").map(id -> new LaunchContext.Context(id, text(c, "title"), text(c, "label"))));
        var ags = read.object(LtiClaims.AGS_ENDPOINT).map(a -> new LaunchContext.Ags(
                strings(a.get("scope")), text(a, "lineitems"), text(a, "lineitem")));
        var memberships = read.object(LtiClaims.NRPS).flatMap(n -> text(n, "context_memberships_url"));
        var groups = read.object(LtiClaims.GROUPS).flatMap(LaunchContext.GroupsService::of);
        var custom = new LinkedHashMap<String, String>();
        read.object(LtiClaims.CUSTOM).ifPresent(c -> c.forEach((k, v) -> {
            if (v != null) {
                custom.put(k, String.valueOf(v));
            }
        }));
        var returnUrl = read.object(LtiClaims.LAUNCH_PRESENTATION).flatMap(p -> text(p, "return_url"));
        var person = new LaunchContext.Person(read.text("name"), read.text("given_name"),
                read.text("family_name"), read.text("email"));
        return new LaunchContext(expected.issuer(), expected.clientId(), deploymentId, messageType, subject, person,
                roles, context, resourceLink, target, Map.copyOf(custom), ags, memberships, deepLinking, returnUrl,
                claims.getExpirationTime().toInstant(), kept(claims), groups);
    }

    /** The most of the claims a session keeps for later, in characters (the launch_session column's size). */
    static final int KEPT_CLAIMS_LIMIT = 20_000;

    /**
     * The claims a session keeps for later: only the Deep Linking settings, which the trainer's choice needs when
     * it answers the platform. Everything else the tool uses is read from the launch now, so a large id_token
     * (platforms add their own claims) is never stored, and neither is personal data the tool does not use.
     */
    private static String kept(JWTClaimsSet claims) {
        var settings = claims.getClaim(LtiClaims.DEEP_LINKING_SETTINGS);
        var kept = new JWTClaimsSet.Builder();
        if (settings != null) {
            kept.claim(LtiClaims.DEEP_LINKING_SETTINGS, settings);
        }
        var json = kept.build().toString();
        if (json.length() > KEPT_CLAIMS_LIMIT) {
            throw new LaunchRejected("the deep_linking_settings claim is " + json.length()
                    + " characters long, more than the " + KEPT_CLAIMS_LIMIT + " a launch may carry");
        }
        return json;
    }

    /** Route by the claim, never by the login parameter; and only to this tool, never elsewhere. */
    private void checkTargetIsOurs(String target) {
        URI uri;
        try {
            uri = URI.create(target);
        } catch (IllegalArgumentException e) {
            throw new LaunchRejected("target_link_uri '" + target + "' is not a valid URL");
        }
        var ours = Registrations.origin(toolBaseUrl);
        if (!ours.equals(Registrations.origin(uri))) {
            throw new LaunchRejected("target_link_uri '" + target + "' is not an address of this tool (" + ours + ")");
        }
    }

    static Optional<String> text(Map<String, Object> object, String key) {
        var value = object.get(key);
        return value == null ? Optional.empty() : Optional.of(String.valueOf(value)).filter(s -> !s.isBlank());
    }

    static List<String> strings(Object value) {
        var result = new ArrayList<String>();
        if (value instanceof List<?> list) {
            list.forEach(item -> result.add(String.valueOf(item)));
        }
        return List.copyOf(result);
    }

    private record Claims(JWTClaimsSet claims) {

        String requiredText(String claim, String shortName) {
            Object value = claims.getClaim(claim);
            if (value == null) {
                throw new LaunchRejected("id_token has no " + shortName + " claim (" + claim + ")");
            }
            if (!(value instanceof String text) || text.isBlank()) {
                throw new LaunchRejected("id_token " + shortName + " claim must be a non-empty string");
            }
            return text;
        }

        Optional<String> text(String claim) {
            Object value = claims.getClaim(claim);
            return value instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
        }

        List<String> requiredStringList(String claim, String shortName) {
            Object value = claims.getClaim(claim);
            if (value == null) {
                throw new LaunchRejected("id_token has no " + shortName + " claim (" + claim + ")");
            }
            if (!(value instanceof List<?> list)) {
                throw new LaunchRejected("id_token " + shortName + " claim must be an array");
            }
            return strings(list);
        }

        @SuppressWarnings("unchecked")
        Optional<Map<String, Object>> object(String claim) {
            Object value = claims.getClaim(claim);
            return value instanceof Map<?, ?> map ? Optional.of((Map<String, Object>) map) : Optional.empty();
        }
    }
}
