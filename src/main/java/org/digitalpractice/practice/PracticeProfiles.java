package org.digitalpractice.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.infrastructure.Settings;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which real platform each practice council behaves like, and how it is registered with the tool. Each file of
 * {@code lti-config/practice/} is one practice platform's registration (the tool loads the same files): its issuer
 * and client id, and its deployments, each naming the practice council it is ({@code practice_council}) and the
 * profile it follows ({@code profile}). A Canvas council has Canvas's issuer and a Canvas-like deployment id, so
 * that the tool meets what a council on Canvas would send it.
 */
@ApplicationScoped
public class PracticeProfiles {

    static final String FOLDER = "practice";

    @Inject
    Settings settings;
    @Inject
    PracticeSwitch practice;
    @Inject
    PracticeRegistrations dynamic;

    /**
     * A practice council as the tool knows it: the issuer, client id and deployment id its launches carry, and the
     * audience the tool's client assertions must name (Brightspace's differs from its token URL).
     */
    public record Registered(String issuer, String clientId, String deploymentId, PlatformProfile profile,
                             String tokenAudience) {
    }

    private volatile Map<String, Registered> byCouncil;

    public Registered of(PracticeDirectory.Council council) {
        if (PracticeRegistrations.COUNCIL.equals(council.id())) {
            return installedByUrl(council);
        }
        var registered = councils().get(council.id());
        if (registered == null) {
            throw Problem.notFound("The practice council '" + council.id() + "' is not registered in "
                    + settings.ltiConfigDir().resolve(FOLDER) + ".");
        }
        return registered;
    }

    public PlatformProfile ofCourse(String courseId) {
        return PracticeDirectory.councilOfCourse(courseId).map(c -> of(c).profile()).orElseThrow();
    }

    /** The practice council a deployment id stands for, when one does. */
    public java.util.Optional<PracticeDirectory.Council> councilOf(String deploymentId) {
        return councils().entrySet().stream().filter(e -> e.getValue().deploymentId().equals(deploymentId))
                .findFirst().flatMap(e -> PracticeDirectory.council(e.getKey()));
    }

    /** Every client id the practice platforms registered the tool under, by file or by the tool registering itself. */
    public Set<String> clientIds() {
        var ids = new java.util.HashSet<>(dynamic.clientIds());
        councils().values().forEach(r -> ids.add(r.clientId()));
        return Set.copyOf(ids);
    }

    /** The audience a client assertion from this client id must name, if the client id is registered. */
    public java.util.Optional<String> tokenAudience(String clientId) {
        return councils().values().stream().filter(r -> r.clientId().equals(clientId)).map(Registered::tokenAudience)
                .findFirst().or(() -> dynamic.client(clientId).map(c -> practice.url("/token")));
    }

    /** Where this client may receive id_tokens: what the tool registered, or the address in its registration file. */
    public Set<String> redirectUris(String clientId) {
        return dynamic.client(clientId).map(PracticeRegistrations.Client::redirectUris)
                .orElseGet(() -> Set.of(practice.toolRedirectUri()));
    }

    /** The scopes this client may be granted: those it registered, when it registered itself. */
    public Set<String> grantableScopes(String clientId) {
        return dynamic.client(clientId).map(PracticeRegistrations.Client::scopes).orElse(PracticeTokens.OFFERED);
    }

    /** Riverside launches through the client the tool registered last; before any, it has no tool to launch. */
    private Registered installedByUrl(PracticeDirectory.Council council) {
        var client = dynamic.latest().orElseThrow(() -> new Problem(409, "Digital Practice is not installed here yet",
                council.name() + " has no registration file: it installs Digital Practice by URL (LTI Dynamic "
                        + "Registration), and nobody has done that yet.",
                "Install Digital Practice by URL at /practice/dynamic, with a registration URL from the people who "
                        + "run Digital Practice, then launch again."));
        return new Registered(practice.url(PracticeRegistrations.ISSUER_PATH), client.clientId(),
                client.deploymentId(), PlatformProfile.MOODLE_4, practice.url("/token"));
    }

    private Map<String, Registered> councils() {
        if (byCouncil == null) {
            byCouncil = read(settings.ltiConfigDir().resolve(FOLDER), settings.practiceUrl().toString());
        }
        return byCouncil;
    }

    private static Map<String, Registered> read(Path folder, String practiceUrl) {
        var councils = new HashMap<String, Registered>();
        try (Stream<Path> files = Files.list(folder)) {
            for (var file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                try (var reader = Json.createReader(new StringReader(Files.readString(file)))) {
                    var registration = reader.readObject();
                    // The issuer may name the practice platform's own address.
                    var issuer = registration.getString("issuer").replace("${dp.practice.url}", practiceUrl);
                    var clientId = registration.getString("client_id");
                    var audience = registration.getString("token_audience", registration.getString("token_url"))
                            .replace("${dp.practice.url}", practiceUrl);
                    for (var deployment : registration.getJsonArray("deployments").getValuesAs(JsonObject.class)) {
                        var profile = deployment.getString("profile", "");
                        councils.put(deployment.getString("practice_council"), new Registered(issuer, clientId,
                                deployment.getString("id"), PlatformProfile.named(profile).orElseThrow(() ->
                                new IllegalStateException(file + ": deployment '" + deployment.getString("id")
                                        + "' has profile '" + profile
                                        + "'; use moodle-4, canvas, brightspace or blackboard")), audience));
                    }
                }
            }
        } catch (IOException | JsonException | ClassCastException | NullPointerException e) {
            throw new IllegalStateException("Cannot read the practice platforms' registrations in " + folder + ": "
                    + e, e);
        }
        return Map.copyOf(councils);
    }
}
