package org.digitalpractice.session;

import java.util.List;
import java.util.Map;

/**
 * Maps LTI role URIs (LIS v2 full URIs, sub-roles and the short names some platforms still send) to a tool role.
 * The strongest role wins, so an administrator who is also enrolled as a learner sees the lead's view. A
 * registration may override the mapping of any role, by full URI or by short name.
 */
public final class RoleMapping {

    private RoleMapping() {
    }

    public static ToolRole roleFor(List<String> ltiRoles, Map<String, String> overrides) {
        var strongest = ToolRole.LEARNER;
        for (var role : ltiRoles) {
            var mapped = map(role, overrides);
            if (mapped.ordinal() > strongest.ordinal()) {
                strongest = mapped;
            }
        }
        return strongest;
    }

    static ToolRole map(String role, Map<String, String> overrides) {
        var shortName = shortName(role);
        var override = overrides.containsKey(role) ? overrides.get(role) : overrides.get(shortName);
        if (override != null) {
            return ToolRole.valueOf(override);
        }
        return switch (shortName) {
            case "Instructor", "ContentDeveloper", "TeachingAssistant" -> ToolRole.TRAINER;
            case "Administrator", "Mentor" -> ToolRole.LEAD;
            default -> ToolRole.LEARNER;
        };
    }

    /**
     * "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor" and "Instructor" are the same role; the
     * sub-role "membership/Instructor#TeachingAssistant" is the TeachingAssistant role.
     */
    static String shortName(String role) {
        var trimmed = role.trim();
        int hash = trimmed.lastIndexOf('#');
        if (hash >= 0) {
            return trimmed.substring(hash + 1);
        }
        int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf(':'));
        return slash >= 0 ? trimmed.substring(slash + 1) : trimmed;
    }
}
