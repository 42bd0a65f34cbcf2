package org.digitalpractice.lti.launch;

import org.digitalpractice.lti.keys.ToolKeys;
import org.digitalpractice.lti.registration.Deployment;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.digitalpractice.infrastructure.Clocks;
import org.digitalpractice.infrastructure.Secrets;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The LtiDeepLinkingResponse a tool sends back to the platform: the chosen resource links, signed with the tool's
 * key, with the request's {@code data} echoed so the platform can match it to its request.
 */
@ApplicationScoped
public class DeepLinkingResponse {

    static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
    /** Long enough for a slow form post from a phone, short enough that a copied response soon stops working. */
    static final Duration LIFETIME = Duration.ofMinutes(5);

    @Inject
    ToolKeys keys;
    @Inject
    Clock clock;

    /** A gradebook column for the link. Moodle makes one only when the item asks; Brightspace never by itself. */
    public record LineItem(double scoreMaximum, String label, String resourceId, String tag) {
    }

    /** One ltiResourceLink; {@code due} becomes the submission end, when there is one. */
    public record ResourceLink(String title, String text, String url, Map<String, String> custom,
                               Optional<LineItem> lineItem, Optional<LocalDate> due) {
    }

    /** The signed response JWT, for a form post to the request's deep_link_return_url. */
    public String sign(Deployment deployment, LaunchContext.DeepLinking request, List<ResourceLink> links,
                       Optional<String> message) {
        var now = clock.instant();
        var claims = new JWTClaimsSet.Builder()
                .issuer(deployment.registration().clientId())
                .audience(deployment.registration().issuer())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .jwtID(Secrets.randomToken())
                .claim("nonce", Secrets.randomToken())
                .claim(LtiClaims.DEPLOYMENT_ID, deployment.deploymentId())
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_RESPONSE)
                .claim(LtiClaims.VERSION, "1.3.0")
                .claim(DL + "content_items", links.stream().map(link -> item(link, request)).toList());
        request.data().ifPresent(data -> claims.claim(DL + "data", data));
        message.ifPresent(text -> claims.claim(DL + "msg", text));
        var key = keys.signingKey();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign the Deep Linking response", e);
        }
        return jwt.serialize();
    }

    private static Map<String, Object> item(ResourceLink link, LaunchContext.DeepLinking request) {
        var item = new LinkedHashMap<String, Object>();
        item.put("type", "ltiResourceLink");
        item.put("title", link.title());
        item.put("text", link.text());
        item.put("url", link.url());
        if (!link.custom().isEmpty()) {
            item.put("custom", link.custom());
        }
        if (request.acceptLineItem()) {
            link.lineItem().ifPresent(lineItem -> {
                var column = new LinkedHashMap<String, Object>();
                column.put("scoreMaximum", lineItem.scoreMaximum());
                column.put("label", lineItem.label());
                column.put("resourceId", lineItem.resourceId());
                column.put("tag", lineItem.tag());
                item.put("lineItem", column);
            });
        }
        // Due means by the end of that day in London.
        link.due().ifPresent(due -> item.put("submission", Map.of("endDateTime",
                due.atTime(23, 59, 59).atZone(Clocks.UK).toOffsetDateTime().toString())));
        return item;
    }
}
