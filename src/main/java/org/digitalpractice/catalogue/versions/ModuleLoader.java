package org.digitalpractice.catalogue.versions;

import org.digitalpractice.catalogue.ModuleProblem;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.digitalpractice.infrastructure.Settings;

import java.nio.file.Files;
import java.util.List;
import java.util.logging.Logger;

/**
 * Loads {@code modules/} into the catalogue at start. A changed module becomes a new version; a malformed one is
 * left out, with its problem kept for trainers to see, and never stops the tool.
 */
@Startup
@Singleton
@DependsOn("Database")
public class ModuleLoader {

    private static final Logger LOG = Logger.getLogger(ModuleLoader.class.getName());

    @Inject
    Settings settings;
    @Inject
    Catalogue catalogue;

    private volatile List<ModuleProblem> problems = List.of();

    /** What one load did: each module loaded with its current version number, and the problems. */
    public record Outcome(java.util.Map<String, Integer> versions, List<ModuleProblem> problems) {
    }

    @PostConstruct
    void loadAtStart() {
        load();
    }

    /** Reads the modules folder again: at start, and when an administrator has deployed new content. */
    public Outcome load() {
        var folder = settings.modulesDir();
        if (!Files.isDirectory(folder)) {
            LOG.warning(() -> "No modules folder at " + folder.toAbsolutePath() + ": the catalogue has no shared modules");
            return new Outcome(java.util.Map.of(), List.of());
        }
        var library = ModuleLibrary.readAll(folder);
        var versions = new java.util.TreeMap<String, Integer>();
        for (var read : library.folders()) {
            var version = catalogue.store(CatalogueEntry.LIBRARY, read.module().slug(), read.files(), read.module(),
                    "files", "modules folder");
            versions.put(read.module().slug(), version.versionNumber());
            LOG.info(() -> "Module " + read.module().slug() + " at version " + version.versionNumber());
        }
        problems = library.problems();
        problems.forEach(problem -> LOG.severe(() -> "Module not loaded: " + problem.getMessage()));
        return new Outcome(versions, problems);
    }

    /** Problems with module files, for trainers to see and fix. */
    public List<ModuleProblem> problems() {
        return problems;
    }
}
