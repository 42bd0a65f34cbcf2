package org.digitalpractice.pulse.questions;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.digitalpractice.catalogue.ModuleProblem;
import org.digitalpractice.catalogue.versions.VersionedContent;
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.infrastructure.Settings;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Loads {@code modules/pulse/questions.yaml} at start. Changed content becomes a new version. A file that cannot be
 * read never stops the tool: learners keep answering the last good version, and the problem is logged and returned
 * to the administrator who reloads it ({@link VersionedContent} does the keeping; this class says how the
 * questions file is read and checked).
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

    private final VersionedContent<QuestionsVersions.Loaded> latest =
            new VersionedContent<>("Practice pulse questions", LOG, id -> versions.version(id));

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
        latest.load(() -> {
            var text = QuestionsReader.text(dir);
            QuestionsReader.checkingModulesIn(dir).read(text);
            var version = versions.store(text);
            return new VersionedContent.Stored(version.id(), version.versionNumber());
        }, () -> versions.newest().map(QuestionsVersion::id));
        return new Outcome(current().map(loaded -> loaded.version().versionNumber()), problems());
    }

    /** The version that learners answer now; empty only when no good questions file has ever been loaded. */
    @Lock(LockType.READ)
    public Optional<QuestionsVersions.Loaded> current() {
        return latest.current();
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
        return latest.problems();
    }
}
