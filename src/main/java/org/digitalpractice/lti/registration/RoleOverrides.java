package org.digitalpractice.lti.registration;

import jakarta.json.Json;
import jakarta.json.JsonString;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A registration's own mapping of LTI role URIs to the tool's roles, stored as a small JSON object. */
final class RoleOverrides {

    static final Set<String> TOOL_ROLES = Set.of("LEARNER", "TRAINER", "LEAD");

    private RoleOverrides() {
    }

    static String toJson(Map<String, String> overrides) {
        if (overrides.isEmpty()) {
            return null;
        }
        var builder = Json.createObjectBuilder();
        overrides.forEach(builder::add);
        return builder.build().toString();
    }

    static Map<String, String> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        var result = new LinkedHashMap<String, String>();
        try (var reader = Json.createReader(new StringReader(json))) {
            reader.readObject().forEach((role, value) -> result.put(role, ((JsonString) value).getString()));
        }
        return Map.copyOf(result);
    }
}
