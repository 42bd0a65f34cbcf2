package org.digitalpractice.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import org.digitalpractice.infrastructure.Settings;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * Which real platform each practice council behaves like: the {@code profile} of each deployment in
 * {@code lti-config/practice-platform.json}. A council without one is {@code moodle-4}, the strictest gradebook.
 */
@ApplicationScoped
public class PracticeProfiles {

    static final PlatformProfile DEFAULT = PlatformProfile.MOODLE_4;

    @Inject
    Settings settings;

    private volatile Map<String, PlatformProfile> byDeployment;

    public PlatformProfile of(PracticeDirectory.Council council) {
        return profiles().getOrDefault(council.deploymentId(), DEFAULT);
    }

    public PlatformProfile ofCourse(String courseId) {
        return PracticeDirectory.councilOfCourse(courseId).map(this::of).orElse(DEFAULT);
    }

    private Map<String, PlatformProfile> profiles() {
        if (byDeployment == null) {
            byDeployment = read();
        }
        return byDeployment;
    }

    private Map<String, PlatformProfile> read() {
        var file = settings.ltiConfigDir().resolve("practice-platform.json");
        var profiles = new HashMap<String, PlatformProfile>();
        try (var reader = Json.createReader(new StringReader(Files.readString(file)))) {
            for (var deployment : reader.readObject().getJsonArray("deployments").getValuesAs(
                    jakarta.json.JsonObject.class)) {
                var name = deployment.getString("profile", DEFAULT.profileName());
                profiles.put(deployment.getString("id"), PlatformProfile.named(name).orElseThrow(() ->
                        new IllegalStateException(file + ": deployment '" + deployment.getString("id")
                                + "' has profile '" + name + "'; use moodle-4, canvas, brightspace or blackboard")));
            }
        } catch (IOException | JsonException | ClassCastException | NullPointerException e) {
            throw new IllegalStateException("Cannot read the practice councils' profiles from " + file + ": " + e, e);
        }
        return Map.copyOf(profiles);
    }
}
