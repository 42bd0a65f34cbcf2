package org.digitalpractice.pulse.questions;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.digitalpractice.catalogue.ModuleProblem;
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.infrastructure.Settings;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Loads {@code modules/pulse/questions.yaml} at start. Changed content becomes a new version. A file that cannot be
 * read never stops the tool: learners keep answering the last good version, and the problem is logged and returned
 * to the administrator who reloads it.
 */
@Startup
@Singleton
@DependsOn("Database")
public class QuestionsLoader {

    private static final Logger LOG = Logger.getLogger(QuestionsLoader.class.getName());

    @Inject
    Settings settings;
    @Inject
    QuestionsVersions versions;

    private volatile Long currentRef;
    private volatile List<ModuleProblem> problems = List.of();

    /** What one load did: the version learners now answer, if any, and the problem with the file, if any. */
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
            var text = QuestionsReader.text(dir);
            QuestionsReader.checkingModulesIn(dir).read(text);
            var version = versions.store(text);
            currentRef = version.id();
            problems = List.of();
            LOG.info(() -> "Practice pulse questions at version " + version.versionNumber());
        } catch (ModuleProblem problem) {
            problems = List.of(problem);
            if (currentRef == null) {
                currentRef = versions.newest().map(QuestionsVersion::id).orElse(null);
            }
            LOG.severe(() -> "Practice pulse questions not loaded: " + problem.getMessage());
        }
        return new Outcome(current().map(loaded -> loaded.version().versionNumber()), problems);
    }

    /** The version that learners answer now; empty only when no good questions file has ever been loaded. */
    @Lock(LockType.READ)
    public Optional<QuestionsVersions.Loaded> current() {
        var ref = currentRef;
        return ref == null ? Optional.empty() : Optional.of(versions.version(ref));
    }

    /** The version that learners answer now, or 503 for a page that needs it when none was ever loaded. */
    @Lock(LockType.READ)
    public QuestionsVersions.Loaded require() {
        return current().orElseThrow(() -> new Problem(503, "The practice pulse is not available yet",
                "The practice pulse's questions could not be loaded.",
                "Try again later. If it is still not available, tell your trainer."));
    }

    /** The problem with the questions file, if it could not be loaded. */
    @Lock(LockType.READ)
    public List<ModuleProblem> problems() {
        return problems;
    }
}
