package org.digitalpractice.catalogue.versions;

import org.digitalpractice.catalogue.ModuleProblem;
import org.digitalpractice.catalogue.SampleModule;
import org.digitalpractice.catalogue.TrainingModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The library reads every module folder on its own. */
class ModuleLibraryTest {

    @TempDir
    Path modules;

    @Test
    void oneBrokenModuleDoesNotStopTheOthers() throws IOException {
        SampleModule.write(modules, "good", SampleModule.files());
        var broken = SampleModule.files();
        broken.remove("scenario.yaml");
        SampleModule.write(modules, "broken", broken);
        Files.createDirectories(modules.resolve("self-assessment"));
        Files.writeString(modules.resolve("self-assessment/framework.yaml"), "domains: []\n");
        Files.writeString(modules.resolve("README.md"), "# Training content\n");

        var library = ModuleLibrary.readAll(modules);

        assertEquals(List.of("good"), library.modules().stream().map(TrainingModule::slug).toList());
        assertEquals(List.of("broken/scenario.yaml: the file is missing"),
                library.problems().stream().map(ModuleProblem::getMessage).toList());
    }
}
