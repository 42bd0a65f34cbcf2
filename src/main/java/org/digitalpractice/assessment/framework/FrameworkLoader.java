package org.digitalpractice.assessment.framework;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.digitalpractice.catalogue.ModuleProblem;
import org.digitalpractice.catalogue.versions.VersionedContent;
import org.digitalpractice.infrastructure.Settings;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Loads {@code modules/self-assessment/framework.yaml} at start. Changed content becomes a new version. A file that
 * cannot be read never stops the tool: learners keep the last good version, and trainers see the problem
 * ({@link VersionedContent} does the keeping; this class says how the framework file is read and checked).
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

    private final VersionedContent<Frameworks.Loaded> latest =
            new VersionedContent<>("Self-assessment framework", LOG, id -> frameworks.version(id));

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
        latest.load(() -> {
            var text = FrameworkReader.text(dir);
            var version = frameworks.store(text, FrameworkReader.checkingModulesIn(dir).read(text));
            return new VersionedContent.Stored(version.id(), version.versionNumber());
        }, () -> frameworks.newest().map(FrameworkVersion::id));
        return new Outcome(current().map(loaded -> loaded.version().versionNumber()), problems());
    }

    /** The version that learners start now; empty only when no good framework file has ever been loaded. */
    @Lock(LockType.READ)
    public Optional<Frameworks.Loaded> current() {
        return latest.current();
    }

    /** The problem with the framework file, if it could not be loaded, for trainers to see and fix. */
    @Lock(LockType.READ)
    public List<ModuleProblem> problems() {
        return latest.problems();
    }
}
