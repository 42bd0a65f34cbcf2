package org.digitalpractice.assessment.framework;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.digitalpractice.catalogue.ModuleProblem;
import org.digitalpractice.infrastructure.Settings;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Loads {@code modules/self-assessment/framework.yaml} at start. Changed content becomes a new version. A file that
 * cannot be read never stops the tool: learners keep the last good version, and trainers see the problem.
 */
@Startup
@Singleton
@DependsOn("Database")
public class FrameworkLoader {

    private static final Logger LOG = Logger.getLogger(FrameworkLoader.class.getName());

    @Inject
    Settings settings;
    @Inject
    Frameworks frameworks;

    private volatile Long currentRef;
    private volatile List<ModuleProblem> problems = List.of();

    /** What one load did: the version learners now start, if any, and the problem with the file, if any. */
    public record Outcome(Optional<Integer> version, List<ModuleProblem> problems) {
    }

    @PostConstruct
    void loadAtStart() {
        load();
    }

    /** Reads the file again: at start, and when an administrator has deployed new content. */
    public Outcome load() {
        var dir = settings.modulesDir();
        try {
            var text = FrameworkReader.text(dir);
            var version = frameworks.store(text, FrameworkReader.checkingModulesIn(dir).read(text));
            currentRef = version.id();
            problems = List.of();
            LOG.info(() -> "Self-assessment framework at version " + version.versionNumber());
        } catch (ModuleProblem problem) {
            problems = List.of(problem);
            if (currentRef == null) {
                currentRef = frameworks.newest().map(FrameworkVersion::id).orElse(null);
            }
            LOG.severe(() -> "Self-assessment framework not loaded: " + problem.getMessage());
        }
        return new Outcome(current().map(loaded -> loaded.version().versionNumber()), problems);
    }

    /** The version that learners start now; empty only when no good framework file has ever been loaded. */
    @Lock(LockType.READ)
    public Optional<Frameworks.Loaded> current() {
        var ref = currentRef;
        return ref == null ? Optional.empty() : Optional.of(frameworks.version(ref));
    }

    /** The problem with the framework file, if it could not be loaded, for trainers to see and fix. */
    @Lock(LockType.READ)
    public List<ModuleProblem> problems() {
        return problems;
    }
}
