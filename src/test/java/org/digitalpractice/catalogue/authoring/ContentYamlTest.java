package org.digitalpractice.catalogue.authoring;

import org.digitalpractice.catalogue.ModuleFiles;
import org.digitalpractice.catalogue.ModuleReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentYamlTest {

    @Test
    void datesAreKeptAsWrittenSoThatAFileWrittenBackStillReads() {
        var details = ContentYaml.load("reviewed: 2026-12-02\nreferences:\n  - checked: 2025-01-31\n");
        assertEquals("2026-12-02", details.get("reviewed"));
        assertEquals("2025-01-31", ((java.util.Map<?, ?>) ((java.util.List<?>) details.get("references")).get(0)).get("checked"));
    }

    @Test
    void aModuleWithReviewDatesReadsTheSameAfterItsTitleIsRewritten() {
        var slug = "online-harm-adults";
        var files = ModuleFiles.of(Path.of("modules", slug));
        var details = new LinkedHashMap<>(ContentYaml.load(files.text("module.yaml", "module.yaml")));
        details.put("title", "Our own title");
        var contents = new TreeMap<>(files.contents());
        contents.put("module.yaml", ContentYaml.dump(details).getBytes(StandardCharsets.UTF_8));
        var original = new ModuleReader().read(slug, files);
        var rewritten = new ModuleReader().read(slug, new ModuleFiles(contents));
        assertEquals("Our own title", rewritten.title());
        assertEquals(original.review(), rewritten.review());
        assertEquals(original.references(), rewritten.references());
    }
}
