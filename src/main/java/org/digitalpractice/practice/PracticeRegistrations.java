package org.digitalpractice.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.infrastructure.Hashes;
import org.digitalpractice.infrastructure.Secrets;

import java.io.StringReader;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The practice platform as a Dynamic Registration platform (LTI Dynamic Registration 1.0), as strict as Moodle's
 * openid-registration.php and Canvas's registrations endpoint: a registration needs a registration token the
 * platform issued (good for one registration within an hour, as Brightspace's), and every required field of the
 * tool's request. Each registration gets a new client id and deployment id; the Riverside council launches through
 * the newest one.
 */
@ApplicationScoped
public class PracticeRegistrations {

    /** The practice council that installs Digital Practice by URL instead of by a registration file. */
    public static final String COUNCIL = "riverside";
    /** Riverside's issuer, under the practice platform's address: a platform that registers tools has its own. */
    public static final String ISSUER_PATH = "/dynamic";
    static final Duration TOKEN_LIFETIME = Duration.ofHours(1);
    public static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";
    static final Set<String> MESSAGE_TYPES = Set.of("LtiResourceLinkRequest", "LtiDeepLinkingRequest");

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;
    @Inject
    Clock clock;

    /** A client the tool registered: its ids and what it asked for. */
    public record Client(String clientId, String deploymentId, JsonObject registration) {
        Set<String> redirectUris() {
            var uris = new LinkedHashSet<String>();
            registration.getJsonArray("redirect_uris").getValuesAs(JsonString.class)
                    .forEach(uri -> uris.add(uri.getString()));
            return uris;
        }

        Set<String> scopes() {
            return Set.of(registration.getString("scope", "").trim().split("\\s+"));
        }
    }

    /** A registration token for the tool, which the platform hands over in the registration URL. */
    @Transactional
    public String issueToken() {
        var token = Secrets.randomToken();
        em.createNativeQuery("insert into practice_registration_token (token_hash, expires_at) values (?, ?)")
                .setParameter(1, Hashes.sha256(token))
                .setParameter(2, Timestamp.from(clock.instant().plus(TOKEN_LIFETIME)))
                .executeUpdate();
        return token;
    }

    /**
     * Registers the tool: checks the bearer token and the request, then uses the token up and stores the client,
     * together. A request refused for a missing field leaves the token usable, as the tool may correct and resend it.
     */
    @Transactional
    public Client register(String authorization, String body) {
        if (authorization == null || !authorization.startsWith("Bearer ") || authorization.length() <= 7) {
            throw refusal(401, "missing_registration_token", "send the registration token as 'Authorization: Bearer "
                    + "<token>'");
        }
        var hash = Hashes.sha256(authorization.substring(7).trim());
        List<?> token = em.createNativeQuery("select case when used_at is null then 0 else 1 end, "
                        + "case when expires_at > ? then 0 else 1 end from practice_registration_token where token_hash = ?")
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, hash).getResultList();
        if (token.isEmpty()) {
            throw refusal(401, "invalid_token", "the registration token is not one this platform issued");
        }
        var state = (Object[]) token.get(0);
        if (((Number) state[0]).intValue() == 1) {
            throw refusal(401, "invalid_token", "the registration token was already used");
        }
        if (((Number) state[1]).intValue() == 1) {
            throw refusal(401, "invalid_token", "the registration token has expired");
        }
        var request = checked(body);
        var used = em.createNativeQuery("update practice_registration_token set used_at = ? where token_hash = ? "
                        + "and used_at is null")
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, hash).executeUpdate();
        if (used != 1) {
            throw refusal(401, "invalid_token", "the registration token was already used");
        }
        var client = new Client("dp-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16),
                COUNCIL + "-" + UUID.randomUUID().toString().substring(0, 8), request);
        em.createNativeQuery("insert into practice_dynamic_client (client_id, deployment_id, registration, created_at) "
                        + "values (?, ?, ?, ?)")
                .setParameter(1, client.clientId()).setParameter(2, client.deploymentId())
                .setParameter(3, request.toString()).setParameter(4, Timestamp.from(clock.instant()))
                .executeUpdate();
        return client;
    }

    /** The client Riverside launches through: the one registered last. */
    public Optional<Client> latest() {
        return first("select client_id, deployment_id, registration from practice_dynamic_client "
                + "order by created_at desc, client_id");
    }

    public Optional<Client> client(String clientId) {
        return first("select client_id, deployment_id, registration from practice_dynamic_client where client_id = ?",
                clientId);
    }

    public Set<String> clientIds() {
        var ids = new LinkedHashSet<String>();
        em.createNativeQuery("select client_id from practice_dynamic_client").getResultList()
                .forEach(id -> ids.add((String) id));
        return ids;
    }

    private Optional<Client> first(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.setMaxResults(1).getResultList().stream().findFirst().map(row -> {
            var columns = (Object[]) row;
            try (var reader = Json.createReader(new StringReader((String) columns[2]))) {
                return new Client((String) columns[0], (String) columns[1], reader.readObject());
            }
        });
    }

    /** The tool's registration request, with every field a real platform requires. */
    static JsonObject checked(String body) {
        JsonObject request;
        try (var reader = Json.createReader(new StringReader(String.valueOf(body)))) {
            request = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw refusal(400, "invalid_client_metadata", "the body is not a JSON object");
        }
        var problems = new ArrayList<String>();
        if (!"web".equals(text(request, "application_type"))) {
            problems.add("application_type must be 'web'");
        }
        if (!strings(request, "response_types").contains("id_token")) {
            problems.add("response_types must contain 'id_token'");
        }
        if (!strings(request, "grant_types").containsAll(List.of("implicit", "client_credentials"))) {
            problems.add("grant_types must contain 'implicit' and 'client_credentials'");
        }
        if (!"private_key_jwt".equals(text(request, "token_endpoint_auth_method"))) {
            problems.add("token_endpoint_auth_method must be 'private_key_jwt'");
        }
        for (var key : List.of("initiate_login_uri", "jwks_uri")) {
            if (!isUrl(text(request, key))) {
                problems.add("missing required attribute " + key + " (an http or https URL)");
            }
        }
        if (text(request, "client_name") == null) {
            problems.add("missing required attribute client_name");
        }
        if (!(request.get("scope") instanceof JsonString)) {
            problems.add("missing required attribute scope");
        }
        var tool = request.get(TOOL_CONFIGURATION) instanceof JsonObject o ? o : null;
        if (tool == null) {
            problems.add("missing required attribute " + TOOL_CONFIGURATION);
        } else {
            if (text(tool, "domain") == null) {
                problems.add("missing required attribute " + TOOL_CONFIGURATION + ".domain");
            }
            if (!isUrl(text(tool, "target_link_uri"))) {
                problems.add("missing required attribute " + TOOL_CONFIGURATION + ".target_link_uri");
            }
            if (!(tool.get("claims") instanceof JsonArray)) {
                problems.add("missing required attribute " + TOOL_CONFIGURATION + ".claims");
            }
            var messages = tool.get("messages") instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
            for (var message : messages) {
                var type = message instanceof JsonObject m ? text(m, "type") : null;
                if (!MESSAGE_TYPES.contains(type)) {
                    problems.add("messages[].type '" + type + "' is not LtiResourceLinkRequest or LtiDeepLinkingRequest");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw refusal(400, "invalid_client_metadata", String.join("; ", problems));
        }
        var redirects = strings(request, "redirect_uris");
        if (redirects.isEmpty() || !redirects.stream().allMatch(PracticeRegistrations::isUrl)) {
            throw refusal(400, "invalid_redirect_uri", "redirect_uris must be a non-empty array of http or https URLs");
        }
        return request;
    }

    private static String text(JsonObject object, String key) {
        return object.get(key) instanceof JsonString s && !s.getString().isBlank() ? s.getString() : null;
    }

    private static List<String> strings(JsonObject object, String key) {
        var values = new ArrayList<String>();
        if (object.get(key) instanceof JsonArray array) {
            array.forEach(v -> {
                if (v instanceof JsonString s) {
                    values.add(s.getString());
                }
            });
        }
        return values;
    }

    private static boolean isUrl(String text) {
        if (text == null) {
            return false;
        }
        try {
            var uri = URI.create(text);
            return uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static WebApplicationException refusal(int status, String error, String description) {
        var response = Response.status(status).type(MediaType.APPLICATION_JSON).entity(Json.createObjectBuilder()
                .add("error", error).add("error_description", description).build().toString());
        if (status == 401) {
            response.header("WWW-Authenticate", "Bearer error=\"" + error + "\"");
        }
        return new WebApplicationException(response.build());
    }
}
