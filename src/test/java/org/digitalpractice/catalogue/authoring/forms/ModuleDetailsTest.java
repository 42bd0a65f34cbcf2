package org.digitalpractice.catalogue.authoring.forms;

import org.digitalpractice.catalogue.authoring.DraftCheck;

import org.digitalpractice.catalogue.ModuleFiles;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModuleDetailsTest {

    static final String SLUG = "boundaries-online";
    static final ModuleFiles SHIPPED = ModuleFiles.of(Path.of("modules", SLUG));

    static ModuleFiles with(String path, String content) {
        var contents = new TreeMap<>(SHIPPED.contents());
        contents.put(path, content.getBytes(StandardCharsets.UTF_8));
        return new ModuleFiles(contents);
    }

    static ModuleDetails details() {
        return ModuleDetails.of(SHIPPED.text("module.yaml", "module.yaml"));
    }

    static ModuleDetails withTitle(ModuleDetails d, String title) {
        return new ModuleDetails(title, d.summary(), d.minutes(), d.audience(), d.pcfDomains(), d.passMark(),
                d.outcomes(), d.reflection(), d.references(), d.reviewed(), d.reviewDue());
    }

    @Test
    void detailsOfAShippedModuleMakeAModuleWithTheSameContent() {
        var module = DraftCheck.check(SLUG, with("module.yaml", details().toYaml()), p -> DetailsPage.error(SLUG, p));
        var original = DraftCheck.check(SLUG, SHIPPED, p -> DetailsPage.error(SLUG, p));
        assertEquals(original.title(), module.title());
        assertEquals(original.outcomes(), module.outcomes());
        assertEquals(original.references(), module.references());
        assertEquals(original.reflectionPrompt(), module.reflectionPrompt());
        assertEquals(original.pcfDomains(), module.pcfDomains());
    }

    @Test
    void anEmptyTitleIsAnErrorOnTheTitleField() {
        var invalid = assertThrows(DraftCheck.Invalid.class, () -> DraftCheck.check(SLUG,
                with("module.yaml", withTitle(details(), "").toYaml()), p -> DetailsPage.error(SLUG, p)));
        assertEquals("title", invalid.errors().get(0).field());
        assertEquals("#title", invalid.errors().get(0).href());
        assertTrue(invalid.errors().get(0).message().startsWith("Title "), invalid.errors().get(0).message());
    }

    @Test
    void minutesThatAreNotANumberAreAnErrorOnTheMinutesField() {
        var d = details();
        var broken = new ModuleDetails(d.title(), d.summary(), "forty", d.audience(), d.pcfDomains(), d.passMark(),
                d.outcomes(), d.reflection(), d.references(), d.reviewed(), d.reviewDue());
        var invalid = assertThrows(DraftCheck.Invalid.class,
                () -> DraftCheck.check(SLUG, with("module.yaml", broken.toYaml()), p -> DetailsPage.error(SLUG, p)));
        assertEquals("minutes", invalid.errors().get(0).field());
        assertTrue(invalid.errors().get(0).message().contains("forty"));
    }

    @Test
    void tooFewOutcomesIsAnErrorOnTheOutcomesField() {
        var d = details();
        var broken = new ModuleDetails(d.title(), d.summary(), d.minutes(), d.audience(), d.pcfDomains(),
                d.passMark(), "just one", d.reflection(), d.references(), d.reviewed(), d.reviewDue());
        var invalid = assertThrows(DraftCheck.Invalid.class,
                () -> DraftCheck.check(SLUG, with("module.yaml", broken.toYaml()), p -> DetailsPage.error(SLUG, p)));
        assertEquals("outcomes", invalid.errors().get(0).field());
    }

    @Test
    void theReviewDatesSurviveTheDetailsForm() {
        var details = ModuleDetails.of("title: T\nreviewed: 2026-12-02\nreview_due: 2027-12-02\n");
        assertEquals("2026-12-02", details.reviewed());
        assertEquals("2027-12-02", details.reviewDue());
        var yaml = details.toYaml();
        assertTrue(yaml.contains("reviewed: '2026-12-02'") || yaml.contains("reviewed: 2026-12-02"), yaml);
        assertTrue(yaml.contains("review_due:"), yaml);
    }

    @Test
    void referencesThatAreNotAListAreAnErrorOnTheReferencesField() {
        var d = details();
        var broken = new ModuleDetails(d.title(), d.summary(), d.minutes(), d.audience(), d.pcfDomains(),
                d.passMark(), d.outcomes(), d.reflection(), "id: [unclosed", d.reviewed(), d.reviewDue());
        var invalid = assertThrows(DraftCheck.Invalid.class, broken::toYaml);
        assertEquals("references", invalid.errors().get(0).field());
    }

    @Test
    void removingACitedReferenceSaysWhichPartBreaks() {
        var d = details();
        var broken = new ModuleDetails(d.title(), d.summary(), d.minutes(), d.audience(), d.pcfDomains(),
                d.passMark(), d.outcomes(), d.reflection(), """
                - id: only-one
                  title: Only one
                  publisher: Someone
                  url: https://example.org/
                """, d.reviewed(), d.reviewDue());
        var invalid = assertThrows(DraftCheck.Invalid.class,
                () -> DraftCheck.check(SLUG, with("module.yaml", broken.toYaml()), p -> DetailsPage.error(SLUG, p)));
        assertEquals("references", invalid.errors().get(0).field());
        assertTrue(invalid.errors().get(0).message().contains("another part"), invalid.errors().get(0).message());
    }

    @Test
    void aLessonWithoutItsTitleHeadingIsAnErrorOnTheContentWithItsLine() {
        var path = "lessons/01-choosing-the-right-channel.md";
        var invalid = assertThrows(DraftCheck.Invalid.class,
                () -> DraftCheck.check(SLUG, with(path, "No heading here.\n"), path));
        assertEquals("content", invalid.errors().get(0).field());
        assertTrue(invalid.errors().get(0).message().startsWith("Line 1: "), invalid.errors().get(0).message());
    }

    @Test
    void brokenScenarioYamlIsAnErrorOnTheContent() {
        var invalid = assertThrows(DraftCheck.Invalid.class,
                () -> DraftCheck.check(SLUG, with("scenario.yaml", "title: [unclosed"), "scenario.yaml"));
        assertEquals("content", invalid.errors().get(0).field());
        assertTrue(invalid.errors().get(0).message().contains("YAML syntax error"));
    }

    @Test
    void multiLineTextIsWrittenAsALiteralBlock() {
        var yaml = details().toYaml();
        assertTrue(yaml.contains("reflection: |"), yaml);
        assertFalse(yaml.contains("\\n"), yaml);
    }
}
