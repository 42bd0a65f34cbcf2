package org.digitalpractice.catalogue.versions;

import org.digitalpractice.catalogue.ModuleFiles;
import org.digitalpractice.catalogue.ModuleProblem;
import org.digitalpractice.catalogue.ModuleReader;
import org.digitalpractice.catalogue.TrainingModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Every module folder under {@code modules/}: the modules that read well, and a problem for each that did not. */
public record ModuleLibrary(List<Folder> folders, List<ModuleProblem> problems) {

    /** A module that read well, with the files it was read from, to be stored as a version. */
    public record Folder(TrainingModule module, ModuleFiles files) {
    }

    public List<TrainingModule> modules() {
        return folders.stream().map(Folder::module).toList();
    }

    /** Holds the capability framework, not a module. */
    static final String SELF_ASSESSMENT = "self-assessment";
    /** Holds the practice pulse's questions, not a module. */
    static final String PULSE = "pulse";
    /** Folders of {@code modules/} that hold other content than a module. */
    public static final java.util.Set<String> NOT_MODULES = java.util.Set.of(SELF_ASSESSMENT, PULSE);

    /** Whether {@code slug} names a module's folder in {@code modulesDir}, for content files that point to modules. */
    public static boolean holdsModule(Path modulesDir, String slug) {
        return !NOT_MODULES.contains(slug) && !slug.startsWith(".") && !slug.contains("/") && !slug.contains("\\")
                && Files.isDirectory(modulesDir.resolve(slug));
    }

    /** Reads each module folder on its own, so that one broken module never hides the others. */
    public static ModuleLibrary readAll(Path modulesDir) {
        var reader = new ModuleReader();
        var modules = new ArrayList<Folder>();
        var problems = new ArrayList<ModuleProblem>();
        List<Path> folders;
        try (var listing = Files.list(modulesDir)) {
            folders = listing.filter(Files::isDirectory)
                    .filter(folder -> !NOT_MODULES.contains(folder.getFileName().toString()))
                    .filter(folder -> !folder.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the modules folder " + modulesDir, e);
        }
        for (var folder : folders) {
            var slug = folder.getFileName().toString();
            try {
                ModuleReader.checkSlug(slug);
                var files = ModuleFiles.of(folder);
                modules.add(new Folder(reader.read(slug, files), files));
            } catch (ModuleProblem problem) {
                problems.add(problem);
            } catch (UncheckedIOException e) {
                problems.add(ModuleProblem.inFile(slug, "the folder cannot be read: " + e.getCause().getMessage()));
            }
        }
        return new ModuleLibrary(List.copyOf(modules), List.copyOf(problems));
    }
}
