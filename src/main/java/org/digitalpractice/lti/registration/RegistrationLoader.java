package org.digitalpractice.lti.registration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.digitalpractice.infrastructure.Settings;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Loads {@code lti-config/registrations/*.json} at start. Loading twice changes nothing; a bad file is skipped
 * with a message naming the file and the field, and the other files still load.
 */
@Startup
@Singleton
@DependsOn("Database")
public class RegistrationLoader {

    private static final Logger LOG = Logger.getLogger(RegistrationLoader.class.getName());

    @Inject
    Settings settings;
    @Inject
    Registrations registrations;
    @Inject
    Clock clock;

    private final List<String> problems = new ArrayList<>();

    @PostConstruct
    void loadAtStart() {
        load(settings.ltiConfigDir().resolve("registrations"));
        if (settings.practiceEnabled()) {
            // The built-in practice platform is trusted like any other: through its registration files, one for
            // each real platform it plays (its councils' profiles).
            load(settings.ltiConfigDir().resolve("practice"));
        }
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    void load(Path folder) {
        if (!Files.isDirectory(folder)) {
            LOG.warning(() -> "No registrations folder at " + folder.toAbsolutePath() + ": no platform can launch the tool");
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(this::loadFile);
        } catch (IOException e) {
            LOG.severe(() -> "Cannot list " + folder + ": " + e.getMessage());
        }
    }

    void loadFile(Path file) {
        var config = ConfigProvider.getConfig();
        try {
            var parsed = RegistrationFile.parse(file.getFileName().toString(),
                    Files.readString(file, StandardCharsets.UTF_8),
                    key -> config.getOptionalValue(key, String.class));
            registrations.save(parsed, clock.instant());
            LOG.info(() -> "Registration loaded: " + parsed.platformName() + " (" + parsed.issuer()
                    + ", client_id " + parsed.clientId() + ", " + parsed.deployments().size() + " deployments)");
        } catch (RegistrationFile.Invalid e) {
            problems.add(e.getMessage());
            LOG.severe(() -> "Registration not loaded: " + e.getMessage());
        } catch (IOException e) {
            problems.add(file.getFileName() + ": cannot be read: " + e.getMessage());
            LOG.severe(() -> "Registration not loaded: " + file + ": " + e.getMessage());
        }
    }
}
