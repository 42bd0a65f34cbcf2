package org.digitalpractice.practice;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.infrastructure.Database;
import org.digitalpractice.infrastructure.Secrets;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The practice platform's OAuth2 side: checks the tool's client assertion (private_key_jwt) against the tool's
 * public keys, fetched over HTTP like any platform does, and issues bearer tokens for the requested scopes.
 */
@ApplicationScoped
public class PracticeTokens {

    static final String PREFIX = "https://purl.imsglobal.org/spec/lti-ags/scope/";
    public static final String LINE_ITEM = PREFIX + "lineitem";
    public static final String LINE_ITEM_READ = PREFIX + "lineitem.readonly";
    public static final String RESULT_READ = PREFIX + "result.readonly";
    public static final String SCORE = PREFIX + "score";
    public static final String MEMBERSHIPS = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    public static final Set<String> OFFERED = Set.of(LINE_ITEM, LINE_ITEM_READ, RESULT_READ, SCORE, MEMBERSHIPS,
            PracticeGroups.SCOPE);
    static final Duration LIFETIME = Duration.ofHours(1);

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;
    @Inject
    PracticeSwitch practice;
    @Inject
    PracticeProfiles profiles;
    @Inject
    ToolSignatures toolSignatures;
    @Inject
    PracticeGroups groups;
    @Inject
    Clock clock;

    /** What the token endpoint answers. */
    public record Issued(String token, Set<String> scopes, long expiresIn) {
    }

    public Issued issue(String grantType, String assertionType, String assertion, String scope) {
        if (!"client_credentials".equals(grantType)) {
            throw oauthError("unsupported_grant_type", "grant_type must be client_credentials");
        }
        if (!"urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(assertionType)) {
            throw oauthError("invalid_client", "client_assertion_type must be jwt-bearer");
        }
        var claims = verify(assertion);
        var requested = new LinkedHashSet<>(Arrays.asList(String.valueOf(scope).trim().split("\\s+")));
        requested.retainAll(OFFERED);
        requested.retainAll(profiles.grantableScopes(claims.getIssuer()));
        if (!groups.offeredTo(claims.getIssuer())) {
            // A platform without the Course Groups Service has no such scope to grant.
            requested.remove(PracticeGroups.SCOPE);
        }
        if (requested.isEmpty()) {
            throw oauthError("invalid_scope", "none of the requested scopes is offered");
        }
        var token = Secrets.randomToken();
        try (var connection = dataSource.getConnection()) {
            try (var used = connection.prepareStatement(
                    "insert into practice_used_jti (jti, expires_at) values (?, ?)")) {
                used.setString(1, claims.getJWTID());
                used.setTimestamp(2, Timestamp.from(claims.getExpirationTime().toInstant()));
                used.executeUpdate();
            } catch (SQLException replay) {
                throw oauthError("invalid_client", "client_assertion jti was already used");
            }
            try (var insert = connection.prepareStatement(
                    "insert into practice_token (token, scopes, expires_at) values (?, ?, ?)")) {
                insert.setString(1, token);
                insert.setString(2, String.join(" ", requested));
                insert.setTimestamp(3, Timestamp.from(clock.instant().plus(LIFETIME)));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Issued(token, requested, LIFETIME.toSeconds());
    }

    /** Checks the Authorization header of a service call; 401 without a valid token, 403 without the scope. */
    public void require(String authorization, String... anyOfScopes) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw new WebApplicationException(Response.status(401).header("WWW-Authenticate", "Bearer")
                    .entity("{\"error\":\"missing bearer token\"}").type("application/json").build());
        }
        var token = authorization.substring("Bearer ".length()).trim();
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("select scopes, expires_at from practice_token where token = ?")) {
            query.setString(1, token);
            try (var rows = query.executeQuery()) {
                if (!rows.next() || rows.getTimestamp(2).toInstant().isBefore(clock.instant())) {
                    throw new WebApplicationException(Response.status(401)
                            .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                            .entity("{\"error\":\"invalid_token\"}").type("application/json").build());
                }
                var granted = Set.of(rows.getString(1).split(" "));
                if (Arrays.stream(anyOfScopes).noneMatch(granted::contains)) {
                    throw new WebApplicationException(Response.status(403)
                            .entity("{\"error\":\"insufficient_scope\"}").type("application/json").build());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private JWTClaimsSet verify(String assertion) {
        var processor = new DefaultJWTProcessor<SecurityContext>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(
                Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512), toolSignatures.keys()));
        processor.setJWTClaimsSetVerifier((claims, context) -> {
            var now = clock.instant();
            if (!profiles.clientIds().contains(claims.getIssuer()) || !claims.getIssuer().equals(claims.getSubject())) {
                throw new BadJWTException("iss and sub must both be the tool's client_id");
            }
            // Brightspace wants its OAuth 2 audience, not the token URL; the others want the token URL.
            var audience = profiles.tokenAudience(claims.getIssuer()).orElseThrow();
            if (claims.getAudience() == null || !claims.getAudience().contains(audience)) {
                throw new BadJWTException("aud must be " + audience);
            }
            if (claims.getExpirationTime() == null || claims.getExpirationTime().toInstant().isBefore(now.minusSeconds(5))) {
                throw new BadJWTException("the assertion has expired");
            }
            if (claims.getJWTID() == null) {
                throw new BadJWTException("the assertion has no jti");
            }
        });
        try {
            return processor.process(String.valueOf(assertion), null);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw oauthError("invalid_client", "client_assertion rejected: " + e.getMessage());
        }
    }

    private static WebApplicationException oauthError(String error, String description) {
        var body = jakarta.json.Json.createObjectBuilder().add("error", error).add("error_description", description)
                .build().toString();
        return new WebApplicationException(Response.status(error.equals("invalid_client") ? 401 : 400)
                .entity(body).type("application/json").build());
    }
}
