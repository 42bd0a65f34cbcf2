package org.digitalpractice.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Every module folder under {@code modules/}: the modules that read well, and a problem for each that did not. */
public record ModuleLibrary(List<TrainingModule> modules, List<ModuleProblem> problems) {

    /** Holds the capability framework, not a module. */
    static final String SELF_ASSESSMENT = "self-assessment";

    /** Reads each module folder on its own, so that one broken module never hides the others. */
    public static ModuleLibrary readAll(Path modulesDir) {
        var reader = new ModuleReader();
        var modules = new ArrayList<TrainingModule>();
        var problems = new ArrayList<ModuleProblem>();
        List<Path> folders;
        try (var listing = Files.list(modulesDir)) {
            folders = listing.filter(Files::isDirectory)
                    .filter(folder -> !folder.getFileName().toString().equals(SELF_ASSESSMENT))
                    .filter(folder -> !folder.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the modules folder " + modulesDir, e);
        }
        for (var folder : folders) {
            try {
                modules.add(reader.read(folder));
            } catch (ModuleProblem problem) {
                problems.add(problem);
            }
        }
        return new ModuleLibrary(List.copyOf(modules), List.copyOf(problems));
    }
}
