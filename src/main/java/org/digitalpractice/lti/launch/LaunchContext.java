package org.digitalpractice.lti.launch;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A launch that passed every check: who, where, from which platform and deployment, and which platform services
 * it offers. Immutable; built only by {@link LaunchValidator}.
 */
public record LaunchContext(
        String issuer,
        String clientId,
        String deploymentId,
        String messageType,
        String subject,
        Person person,
        List<String> roles,
        Optional<Context> context,
        Optional<ResourceLink> resourceLink,
        String targetLinkUri,
        Map<String, String> custom,
        Optional<Ags> ags,
        Optional<String> membershipsUrl,
        Optional<DeepLinking> deepLinking,
        Optional<String> returnUrl,
        Instant expiresAt,
        String keptClaims,
        Optional<GroupsService> groupsService) {

    public LaunchContext(String issuer, String clientId, String deploymentId, String messageType, String subject,
                         Person person, List<String> roles, Optional<Context> context,
                         Optional<ResourceLink> resourceLink, String targetLinkUri, Map<String, String> custom,
                         Optional<Ags> ags, Optional<String> membershipsUrl, Optional<DeepLinking> deepLinking,
                         Optional<String> returnUrl, Instant expiresAt, String keptClaims) {
        this(issuer, clientId, deploymentId, messageType, subject, person, roles, context, resourceLink,
                targetLinkUri, custom, ags, membershipsUrl, deepLinking, returnUrl, expiresAt, keptClaims,
                Optional.empty());
    }

    /**
     * The Course Groups Service claim: where the course's groups (and group sets) are, and the scopes offered. The
     * tool keeps only these of it, with the course.
     */
    public record GroupsService(String groupsUrl, Optional<String> groupSetsUrl, List<String> scopes) {
        /** The longest URL the course table keeps. */
        public static final int URL_LIMIT = 1000;

        static Optional<GroupsService> of(Map<String, Object> claim) {
            return LaunchValidator.text(claim, "context_groups_url")
                    .filter(url -> url.length() <= URL_LIMIT && url.matches("(?i)https?://.+"))
                    .map(url -> new GroupsService(url, LaunchValidator.text(claim, "context_group_sets_url")
                            .filter(sets -> sets.length() <= URL_LIMIT && sets.matches("(?i)https?://.+")),
                            LaunchValidator.strings(claim.get("scope"))));
        }
    }

    public record Person(Optional<String> name, Optional<String> givenName, Optional<String> familyName,
                         Optional<String> email) {
        public String displayName() {
            return name.or(() -> givenName.map(g -> familyName.map(f -> g + " " + f).orElse(g)))
                    .orElse("Unnamed user");
        }
    }

    public record Context(String id, Optional<String> title, Optional<String> label) {
    }

    public record ResourceLink(String id, Optional<String> title) {
    }

    /** The Assignment and Grade Services endpoint claim. */
    public record Ags(List<String> scopes, Optional<String> lineItemsUrl, Optional<String> lineItemUrl) {
    }

    public record DeepLinking(String returnUrl, List<String> acceptTypes, List<String> presentationTargets,
                              boolean acceptMultiple, boolean acceptLineItem, Optional<String> data,
                              Optional<String> title, Optional<String> text) {

        /** Reads a deep_linking_settings claim; empty without a return URL. accept_lineitem defaults to true. */
        static Optional<DeepLinking> of(Map<String, Object> settings) {
            return LaunchValidator.text(settings, "deep_link_return_url").map(returnUrl -> new DeepLinking(returnUrl,
                    LaunchValidator.strings(settings.get("accept_types")),
                    LaunchValidator.strings(settings.get("accept_presentation_document_targets")),
                    Boolean.TRUE.equals(settings.get("accept_multiple")),
                    !Boolean.FALSE.equals(settings.get("accept_lineitem")),
                    LaunchValidator.text(settings, "data"), LaunchValidator.text(settings, "title"),
                    LaunchValidator.text(settings, "text")));
        }

        /** The settings of a validated launch kept as its claims JSON (the launch session stores it so). */
        public static Optional<DeepLinking> inClaims(String claimsJson) {
            try {
                var settings = com.nimbusds.jwt.JWTClaimsSet.parse(claimsJson)
                        .getJSONObjectClaim(LtiClaims.DEEP_LINKING_SETTINGS);
                return settings == null ? Optional.empty() : of(settings);
            } catch (java.text.ParseException e) {
                return Optional.empty();
            }
        }

        public boolean accepts(String type) {
            return acceptTypes.contains(type);
        }
    }

    public boolean isDeepLinking() {
        return LtiClaims.DEEP_LINKING_REQUEST.equals(messageType);
    }
}
