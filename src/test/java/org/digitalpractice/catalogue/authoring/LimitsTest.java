package org.digitalpractice.catalogue.authoring;

import org.digitalpractice.catalogue.Markdown;
import org.digitalpractice.catalogue.ModuleFiles;
import org.digitalpractice.catalogue.ModuleProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Limits hold whichever way a draft changes (YAML, import), all reported at once; images need alt text. */
class LimitsTest {

    static final String SLUG = "boundaries-online";
    static final ModuleFiles SHIPPED = ModuleFiles.of(Path.of("modules", SLUG));
    static final String LESSON = "lessons/01-choosing-the-right-channel.md";

    static ModuleFiles with(String path, String content) {
        var contents = new TreeMap<>(SHIPPED.contents());
        contents.put(path, content.getBytes(StandardCharsets.UTF_8));
        return new ModuleFiles(contents);
    }

    static String text(String path) {
        return SHIPPED.text(path, path);
    }

    static List<String> breaches(ModuleFiles files) {
        var invalid = assertThrows(DraftCheck.Invalid.class, () -> DraftCheck.check(SLUG, files, "any"));
        return invalid.errors().stream().map(DraftCheck.FieldError::message).toList();
    }

    static Stream<String> shipped() throws IOException {
        try (var folders = Files.list(Path.of("modules"))) {
            return folders.filter(f -> Files.exists(f.resolve("module.yaml"))).map(f -> f.getFileName().toString())
                    .toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void everyShippedModuleIsWithinTheLimits(String slug) {
        var files = ModuleFiles.of(Path.of("modules", slug));
        assertEquals(List.of(), Limits.of(slug, files, DraftCheck.check(slug, files, "")));
    }

    @Test
    void aTwentyThousandWordLessonIsRefused() {
        var messages = breaches(with(LESSON, "# Long\n\n" + "word ".repeat(20_000)));
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("has 20000 words; a lesson must be 1000 words or fewer"), messages.get(0));
    }

    @Test
    void everyLongFieldInTheYamlIsReportedAtOnce() {
        var check = text("check.yaml").replaceFirst("text: ", "text: " + "q".repeat(Limits.QUESTION));
        var scenario = text("scenario.yaml").replaceFirst("title: ", "title: " + "t".repeat(Limits.SCENARIO_TITLE));
        var contents = new TreeMap<>(with("check.yaml", check).contents());
        contents.put("scenario.yaml", scenario.getBytes(StandardCharsets.UTF_8));
        var messages = breaches(new ModuleFiles(contents));
        assertEquals(2, messages.size(), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("questions[0].text") && m.contains("must be 500 characters or fewer")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("field 'title'") && m.contains("must be 100 characters or fewer")), messages.toString());
    }

    @Test
    void anImageLeftWithoutAltTextAfterCleaningIsRefusedNamingTheLesson() {
        var lesson = text(LESSON) + "\n<img src=\"https://example.org/chart.png\">\n";
        var problems = Limits.of(SLUG, with(LESSON, lesson), DraftCheck.check(SLUG, SHIPPED, ""));
        assertTrue(problems.isEmpty(), "the shipped module itself has none");
        var messages = breaches(with(LESSON, lesson));
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains(SLUG + "/" + LESSON), messages.get(0));
        assertTrue(messages.get(0).contains("the image 'https://example.org/chart.png' with no alt text"), messages.get(0));
    }

    @Test
    void anImageWithoutAltTextInTheScenarioIsRefused() {
        var scenario = text("scenario.yaml").replaceFirst("introduction: \\|\\n", "introduction: |\n  <img src=\"https://example.org/a.png\" alt=\"\">\n");
        var messages = breaches(with("scenario.yaml", scenario));
        assertTrue(messages.stream().anyMatch(m -> m.contains("field 'introduction'") && m.contains("no alt text")),
                messages.toString());
    }

    @Test
    void aLearnersPageNeverShowsAnImageWithoutAltText() {
        var html = Markdown.html("Text <img src=\"https://example.org/a.png\"> and "
                + "<img src=\"https://example.org/b.png\" alt=\"A map of the area\">");
        assertFalse(html.contains("a.png"), html);
        assertTrue(html.contains("alt=\"A map of the area\""), html);
        assertEquals(List.of("'https://example.org/a.png'", "an image"),
                Markdown.undescribedImages("<img src=\"https://example.org/a.png\"> <img src=\"local.png\">"));
    }

    @Test
    void aProblemFoundByTheLimitsNamesItsFieldForTheForms() {
        var problem = ModuleProblem.atField(SLUG + "/check.yaml", "questions[2].text", "is 501 characters long");
        assertEquals("questions[2].text", problem.field().orElseThrow());
    }
}
