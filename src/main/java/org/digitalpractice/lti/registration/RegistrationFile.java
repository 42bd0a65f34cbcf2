package org.digitalpractice.lti.registration;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file of {@code lti-config/registrations/*.json}, checked field by field. String values may contain
 * {@code ${config.key}} placeholders, resolved from the tool's configuration, so that one file serves any host.
 */
public record RegistrationFile(
        String sourceFile,
        String platformName,
        String issuer,
        String clientId,
        URI authUrl,
        URI jwksUrl,
        URI tokenUrl,
        Optional<String> tokenAudience,
        List<DeclaredDeployment> deployments,
        boolean acceptNewDeployments,
        Map<String, String> roleOverrides) {

    /** A deployment named in the file: its id in the platform, and the council it belongs to. */
    public record DeclaredDeployment(String deploymentId, String councilName) {
    }

    /** Why a file cannot be loaded, naming the file and the field. */
    public static class Invalid extends RuntimeException {
        public Invalid(String file, String field, String problem) {
            super(file + ": field '" + field + "' " + problem);
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z0-9._-]+)}");

    public static RegistrationFile parse(String fileName, String json, Function<String, Optional<String>> config) {
        JsonObject root;
        try (var reader = Json.createReader(new StringReader(json))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new Invalid(fileName, "(file)", "is not a JSON object: " + e.getMessage());
        }
        var fields = new Fields(fileName, root, config);
        var deployments = new ArrayList<DeclaredDeployment>();
        var declared = fields.array("deployments");
        for (int i = 0; i < declared.size(); i++) {
            var field = "deployments[" + i + "]";
            if (declared.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw new Invalid(fileName, field, "must be an object with 'id' and 'council'");
            }
            var item = new Fields(fileName, declared.getJsonObject(i), config);
            var id = item.text("id", field + ".id");
            if (id.length() > 255) {
                throw new Invalid(fileName, field + ".id", "is longer than 255 characters");
            }
            deployments.add(new DeclaredDeployment(id, item.text("council", field + ".council")));
        }
        var acceptNew = root.getBoolean("accept_new_deployments", false);
        if (deployments.isEmpty() && !acceptNew) {
            throw new Invalid(fileName, "deployments",
                    "is empty: list at least one deployment, or set accept_new_deployments to true");
        }
        var overrides = new LinkedHashMap<String, String>();
        if (root.containsKey("role_overrides")) {
            if (root.get("role_overrides").getValueType() != JsonValue.ValueType.OBJECT) {
                throw new Invalid(fileName, "role_overrides", "must be an object of LTI role to LEARNER, TRAINER or LEAD");
            }
            root.getJsonObject("role_overrides").forEach((role, value) -> {
                var toolRole = value instanceof JsonString s ? s.getString() : "";
                if (!RoleOverrides.TOOL_ROLES.contains(toolRole)) {
                    throw new Invalid(fileName, "role_overrides." + role, "must be LEARNER, TRAINER or LEAD");
                }
                overrides.put(role, toolRole);
            });
        }
        return new RegistrationFile(fileName,
                fields.text("name", "name"),
                fields.text("issuer", "issuer"),
                fields.text("client_id", "client_id"),
                fields.url("auth_url"),
                fields.url("jwks_url"),
                fields.url("token_url"),
                fields.optionalText("token_audience"),
                List.copyOf(deployments),
                acceptNew,
                Map.copyOf(overrides));
    }

    private record Fields(String file, JsonObject object, Function<String, Optional<String>> config) {

        String text(String key, String field) {
            var value = object.get(key);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                throw new Invalid(file, field, "is missing");
            }
            if (!(value instanceof JsonString s) || s.getString().isBlank()) {
                throw new Invalid(file, field, "must be a non-empty string");
            }
            return resolve(s.getString(), field);
        }

        Optional<String> optionalText(String key) {
            var value = object.get(key);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                return Optional.empty();
            }
            return Optional.of(text(key, key));
        }

        URI url(String key) {
            var text = text(key, key);
            try {
                var uri = URI.create(text);
                if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                    throw new Invalid(file, key, "must be an absolute http(s) URL, not '" + text + "'");
                }
                return uri;
            } catch (IllegalArgumentException e) {
                throw new Invalid(file, key, "is not a valid URL: '" + text + "'");
            }
        }

        JsonArray array(String key) {
            var value = object.get(key);
            if (value == null) {
                return JsonValue.EMPTY_JSON_ARRAY;
            }
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                throw new Invalid(file, key, "must be an array");
            }
            return (JsonArray) value;
        }

        private String resolve(String text, String field) {
            Matcher matcher = PLACEHOLDER.matcher(text);
            var result = new StringBuilder();
            while (matcher.find()) {
                var key = matcher.group(1);
                var value = config.apply(key).orElseThrow(() ->
                        new Invalid(file, field, "refers to configuration '" + key + "', which is not set"));
                matcher.appendReplacement(result, Matcher.quoteReplacement(value.endsWith("/") ? value.substring(0, value.length() - 1) : value));
            }
            matcher.appendTail(result);
            return result.toString();
        }
    }
}
