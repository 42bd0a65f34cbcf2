package org.digitalpractice.catalogue.authoring.forms;

import jakarta.ws.rs.core.MultivaluedHashMap;
import org.digitalpractice.catalogue.ModuleFiles;
import org.digitalpractice.catalogue.authoring.DraftCheck;
import org.digitalpractice.catalogue.authoring.Limits;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The details form: what it reads and writes, and every error a trainer can make in it, all at once. */
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

    /** The shipped module's details as its form posts them. */
    static MultivaluedHashMap<String, String> posted() {
        var d = details();
        var form = new MultivaluedHashMap<String, String>();
        form.putSingle("title", d.title());
        form.putSingle("summary", d.summary());
        form.putSingle("minutes", d.minutes());
        d.audiences().forEach(a -> form.add("audience", a));
        d.pcfDomains().forEach(p -> form.add("pcf_domains", String.valueOf(p)));
        form.putSingle("pass_mark", d.passMark());
        for (int i = 0; i < d.outcomes().size(); i++) {
            form.putSingle("outcome-" + i, d.outcomes().get(i));
        }
        form.putSingle("reflection", d.reflection());
        for (int i = 0; i < d.references().size(); i++) {
            var r = d.references().get(i);
            var p = "reference-" + i + "-";
            form.putSingle(p + "id", r.id());
            form.putSingle(p + "title", r.title());
            form.putSingle(p + "publisher", r.publisher());
            form.putSingle(p + "url", r.url());
            form.putSingle(p + "year", r.year());
            form.putSingle(p + "checked", r.checked());
        }
        form.putSingle("reviewed", d.reviewed());
        form.putSingle("review_due", d.reviewDue());
        return form;
    }

    static List<DraftCheck.FieldError> errors(MultivaluedHashMap<String, String> form) {
        return ModuleDetails.of(form).errors().list();
    }

    static String errorOn(MultivaluedHashMap<String, String> form, String field) {
        return DraftCheck.FieldError.on(errors(form), field);
    }

    @Test
    void detailsOfAShippedModuleMakeAModuleWithTheSameContent() {
        var module = DraftCheck.check(SLUG, with("module.yaml", ModuleDetails.of(posted()).toYaml()),
                p -> DetailsPage.error(SLUG, p));
        var original = DraftCheck.check(SLUG, SHIPPED, p -> DetailsPage.error(SLUG, p));
        assertEquals(original.title(), module.title());
        assertEquals(original.outcomes(), module.outcomes());
        assertEquals(original.references(), module.references());
        assertEquals(original.reflectionPrompt(), module.reflectionPrompt());
        assertEquals(original.pcfDomains(), module.pcfDomains());
        assertEquals(original.audience(), module.audience());
        assertTrue(errors(posted()).isEmpty(), errors(posted()).toString());
    }

    @Test
    void bothAudiencesTickedIsAModuleForAll() {
        assertEquals(List.of(ModuleDetails.CHILDREN, ModuleDetails.ADULTS), details().audiences());
        var form = posted();
        form.put("audience", List.of(ModuleDetails.ADULTS));
        assertTrue(ModuleDetails.of(form).toYaml().contains("audience: adults"));
    }

    @Test
    void everyEmptyFieldIsReportedAtOnceInPlainWords() {
        var form = new MultivaluedHashMap<String, String>();
        form.putSingle("title", "");
        var errors = errors(form);
        assertEquals(List.of("title", "summary", "minutes", "audience", "pcf_domains", "pass_mark", "outcome-0",
                "reflection"), errors.stream().map(DraftCheck.FieldError::field).toList());
        assertEquals(List.of("Enter the title", "Enter a summary", "Enter how many minutes the module takes",
                "Select who the module is for", "Select at least one PCF domain", "Enter the pass mark",
                "Enter at least 3 learning outcomes", "Enter a reflection prompt"),
                errors.stream().map(DraftCheck.FieldError::message).toList());
    }

    @Test
    void aTitleOverItsLimitIsRefused() {
        var form = posted();
        form.putSingle("title", "T".repeat(Limits.TITLE + 1));
        assertEquals("Title must be 100 characters or fewer", errorOn(form, "title"));
        form.putSingle("title", "T".repeat(Limits.TITLE));
        assertEquals(null, errorOn(form, "title"));
    }

    @Test
    void aSummaryOverItsLimitIsRefused() {
        var form = posted();
        form.putSingle("summary", "S".repeat(100_000));
        assertEquals("Summary must be 300 characters or fewer", errorOn(form, "summary"));
    }

    @Test
    void anOutcomeOverItsLimitIsRefused() {
        var form = posted();
        form.putSingle("outcome-1", "o".repeat(Limits.OUTCOME + 1));
        assertEquals("Learning outcome 2 must be 300 characters or fewer", errorOn(form, "outcome-1"));
    }

    @Test
    void aReflectionPromptOverItsLimitIsRefused() {
        var form = posted();
        form.putSingle("reflection", "r".repeat(Limits.REFLECTION + 1));
        assertEquals("The reflection prompt must be 1,000 characters or fewer", errorOn(form, "reflection"));
    }

    @Test
    void minutesAndPassMarkMustBeWholeNumbersInTheirRange() {
        var form = posted();
        form.putSingle("minutes", "forty");
        form.putSingle("pass_mark", "150");
        assertEquals("Minutes to finish must be a whole number, such as 300", errorOn(form, "minutes"));
        assertEquals("The pass mark must be between 1 and 100", errorOn(form, "pass_mark"));
        form.putSingle("minutes", String.valueOf(Limits.MINUTES + 1));
        assertEquals("Minutes to finish must be between 1 and 600", errorOn(form, "minutes"));
    }

    @Test
    void eachReferenceFieldHasItsLimitAndItsOwnError() {
        var form = posted();
        form.putSingle("reference-0-title", "t".repeat(Limits.REFERENCE_TITLE + 1));
        form.putSingle("reference-0-publisher", "p".repeat(Limits.REFERENCE_PUBLISHER + 1));
        form.putSingle("reference-1-url", "https://example.org/" + "u".repeat(Limits.REFERENCE_URL));
        form.putSingle("reference-2-url", "http://example.org/");
        form.putSingle("reference-3-year", "twenty");
        form.putSingle("reference-4-id", "Not A Name");
        assertEquals("The title of reference 1 must be 400 characters or fewer", errorOn(form, "reference-0-title"));
        assertEquals("The publisher of reference 1 must be 200 characters or fewer",
                errorOn(form, "reference-0-publisher"));
        assertEquals("The web address of reference 2 must be 500 characters or fewer", errorOn(form, "reference-1-url"));
        assertTrue(errorOn(form, "reference-2-url").startsWith("Enter the web address of reference 3 starting with https://"));
        assertEquals("Enter the year of reference 4 as 4 digits, such as 2024", errorOn(form, "reference-3-year"));
        assertTrue(errorOn(form, "reference-4-id").startsWith("The name reference 5 is cited by must be lower-case"));
        assertEquals(6, errors(form).size(), errors(form).toString());
    }

    @Test
    void aNewReferenceIsCitedByANameMadeFromItsTitle() {
        var reference = new ReferenceForm("", "Working Together to Safeguard Children 2023", "DfE",
                "https://www.gov.uk/", "", "");
        assertEquals("working-together-to-safeguard", reference.citedAs());
    }

    @Test
    void referencesAreAddedAndRemovedKeepingWhatWasTyped() {
        var d = details();
        var more = d.withReference();
        assertEquals(d.references().size() + 1, more.references().size());
        assertEquals(ReferenceForm.EMPTY, more.references().get(d.references().size()));
        assertEquals(d.references().subList(1, d.references().size()), d.withoutReference(0).references());
    }

    @Test
    void reviewDatesComeInPairsWrittenAsDates() {
        var form = posted();
        form.putSingle("reviewed", "2026-12-02");
        form.putSingle("review_due", "");
        assertEquals("Enter both dates, when it was last checked and when it must be checked next, or neither",
                errorOn(form, "review_due"));
        form.putSingle("review_due", "next year");
        assertTrue(errorOn(form, "review_due").startsWith("Enter the date of the next check as year-month-day"));
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
    void removingACitedReferenceSaysInPlainWordsWhichPartBreaks() {
        var form = posted();
        for (int i = 0; form.containsKey("reference-" + i + "-title"); i++) {
            if (i > 0) {
                for (var f : List.of("id", "title", "publisher", "url", "year", "checked")) {
                    form.remove("reference-" + i + "-" + f);
                }
            }
        }
        var invalid = assertThrows(DraftCheck.Invalid.class, () -> DraftCheck.check(SLUG,
                with("module.yaml", ModuleDetails.of(form).toYaml()), p -> DetailsPage.error(SLUG, p)));
        assertEquals("references", invalid.errors().get(0).field());
        assertTrue(invalid.errors().get(0).message().startsWith("A link names a reference the module does not have"),
                invalid.errors().get(0).message());
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
