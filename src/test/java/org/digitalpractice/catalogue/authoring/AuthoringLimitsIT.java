package org.digitalpractice.catalogue.authoring;

import org.digitalpractice.testing.WithTestPlatform;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.digitalpractice.catalogue.authoring.AuthoringIT.download;
import static org.digitalpractice.catalogue.authoring.AuthoringIT.formOf;
import static org.digitalpractice.catalogue.authoring.AuthoringIT.importedModule;
import static org.digitalpractice.catalogue.authoring.AuthoringIT.libraryModuleAs;
import static org.digitalpractice.catalogue.authoring.AuthoringIT.saveDetails;
import static org.digitalpractice.catalogue.authoring.AuthoringIT.trainer;
import static org.digitalpractice.testing.TestLaunch.csrf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Over HTTP, what a trainer types has limits and is checked all at once: each refusal is a 400 with the GOV.UK error
 * summary linked to its field, the form keeps what was typed, and nothing is saved.
 */
class AuthoringLimitsIT extends WithTestPlatform {

    static final String COUNCIL = AuthoringIT.COUNCIL;
    static final String LESSON = "lessons/01-choosing-the-right-channel.md";

    static void nothingSaved(org.digitalpractice.testing.TestLaunch trainer, String slug) {
        var draft = download(trainer, "/author/modules/" + slug + "/export?version=draft");
        assertArrayEquals(libraryModuleAs(slug, Map.of()), draft.body(), "nothing invalid was saved");
    }

    @Test
    void aHundredThousandCharacterSummaryIsRefusedWithTheFormKept() {
        var trainer = trainer(COUNCIL);
        var slug = importedModule(trainer, "long-summary");
        var summary = "S".repeat(100_000);
        var refused = saveDetails(trainer, slug, Map.of("summary", summary));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("<a href=\"#summary\">Summary must be 300 characters or fewer</a>"),
                refused.body());
        assertTrue(refused.body().contains(summary + "</textarea>"), "the input is kept");
        assertTrue(refused.body().contains("data-module=\"govuk-character-count\" data-maxlength=\"300\""),
                "the summary shows its character count");
        nothingSaved(trainer, slug);
    }

    @Test
    void everyErrorOfTheDetailsIsShownAtOnceLinkedToItsField() {
        var trainer = trainer(COUNCIL);
        var slug = importedModule(trainer, "all-errors");
        var refused = saveDetails(trainer, slug, Map.of("title", "", "minutes", "forty", "pass_mark", "150",
                "reference-0-url", "http://example.org/", "outcome-2", "o".repeat(301)));
        assertEquals(400, refused.statusCode());
        for (var link : new String[]{"<a href=\"#title\">Enter the title</a>",
                "<a href=\"#minutes\">Minutes to finish must be a whole number",
                "<a href=\"#pass_mark\">The pass mark must be between 1 and 100</a>",
                "<a href=\"#outcome-2\">Learning outcome 3 must be 300 characters or fewer</a>",
                "<a href=\"#reference-0-url\">Enter the web address of reference 1 starting with https://"}) {
            assertTrue(refused.body().contains(link), link + " in " + refused.body());
        }
        assertFalse(refused.body().contains("best: true") || refused.body().contains("YAML"), "no YAML words");
        nothingSaved(trainer, slug);
    }

    @Test
    void audienceDomainsAndReferencesAreFormControlsThatSave() {
        var trainer = trainer(COUNCIL);
        var slug = importedModule(trainer, "controls");
        var page = trainer.get("/author/modules/" + slug + "/details");
        assertTrue(page.body().contains("type=\"checkbox\" value=\"adults\""), page.body());
        assertTrue(page.body().contains("name=\"pcf_domains\" type=\"checkbox\" value=\"9\""), page.body());
        assertFalse(page.body().contains("- id:"), "no YAML box for references");

        var more = trainer.postEncoded("/author/modules/" + slug + "/details",
                AuthoringIT.detailsBody(page.body(), Map.of("add-reference", "add")));
        assertEquals(200, more.statusCode(), more.body());
        var n = org.jsoup.Jsoup.parse(more.body()).select("input[name$=-publisher]").size() - 1;
        var p = "reference-" + n + "-";
        var saved = trainer.postEncoded("/author/modules/" + slug + "/details", AuthoringIT.detailsBody(more.body(),
                Map.of("audience", "adults", p + "title", "Working Together 2023", p + "publisher", "DfE",
                        p + "url", "https://www.gov.uk/government/publications/working-together-to-safeguard-children--2")));
        assertEquals(303, saved.statusCode(), saved.body());
        var again = trainer.get("/author/modules/" + slug + "/details").body();
        assertTrue(again.contains("value=\"working-together-2023\""), "the short name is made from the title");
        assertTrue(again.contains("value=\"adults\" checked") && !again.contains("value=\"children\" checked"), again);
    }

    @Test
    void aTwentyThousandWordLessonIsRefusedWithItsCountAndKept() {
        var trainer = trainer(COUNCIL);
        var slug = importedModule(trainer, "long-lesson");
        var path = "/author/modules/" + slug + "/edit?file=" + LESSON;
        var page = trainer.get(path);
        assertTrue(page.body().contains("data-maxwords=\"1000\""), "the lesson shows its word count");
        var lesson = "# Everything\n\n" + "word ".repeat(20_000);
        var refused = trainer.post(path, csrf(page), Map.of("content", lesson, "action", "save"));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("The lesson must be 1,000 words or fewer; it has 20,001"), refused.body());
        assertTrue(refused.body().contains("word word word"), "the input is kept");
        nothingSaved(trainer, slug);
    }

    @Test
    void anImageWithoutAltTextIsRefusedAndALearnerNeverGetsOne() {
        var trainer = trainer(COUNCIL);
        var slug = importedModule(trainer, "image-alt");
        var path = "/author/modules/" + slug + "/edit?file=" + LESSON;
        var page = trainer.get(path);
        var lesson = formOf(page.body()).get("content") + "\n<img src=\"https://example.org/chart.png\">\n";
        var refused = trainer.post(path, csrf(page), Map.of("content", lesson, "action", "save"));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("Describe the image &#39;https://example.org/chart.png&#39;")
                || refused.body().contains("Describe the image 'https://example.org/chart.png'"), refused.body());
        var described = lesson.replace("<img src=\"https://example.org/chart.png\">",
                "![A chart of referrals by month](https://example.org/chart.png)");
        assertEquals(303, trainer.post(path, csrf(page), Map.of("content", described, "action", "save")).statusCode());
    }

    @Test
    void aQuestionAndAChoiceOverTheirLimitsAreRefusedWithEveryErrorAtOnce() {
        var trainer = trainer(COUNCIL);
        var slug = importedModule(trainer, "long-question");
        var base = "/author/modules/" + slug;
        var page = trainer.get(base + "/check/questions/1");
        var form = formOf(page.body());
        form.put("text", "q".repeat(501));
        form.put("option-0-feedback", "");
        var refused = trainer.post(base + "/check/questions/1", csrf(page), form);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("<a href=\"#text\">The question must be 500 characters or fewer</a>"));
        assertTrue(refused.body().contains("<a href=\"#option-0-feedback\">Enter the feedback for option 1</a>"));
        assertTrue(refused.body().contains("q".repeat(501) + "</textarea>"), "the input is kept");

        var stepPage = trainer.get(base + "/scenario/steps/1");
        var step = formOf(stepPage.body());
        step.put("choice-0-text", "c".repeat(301));
        step.remove("choice-0-best");
        step.remove("choice-1-best");
        step.remove("choice-2-best");
        var badStep = trainer.post(base + "/scenario/steps/1", csrf(stepPage), step);
        assertEquals(400, badStep.statusCode());
        assertTrue(badStep.body().contains("<a href=\"#choices\">Tick the choice that is best</a>"), badStep.body());
        assertTrue(badStep.body().contains("<a href=\"#choice-0-text\">Choice 1 must be 300 characters or fewer</a>"));
        assertFalse(badStep.body().contains("best: true"), "no YAML words");
        nothingSaved(trainer, slug);
    }

    @Test
    void theTrainersHomeSaysHowToPutAModuleInACourseInPlainWords() {
        var home = trainer(COUNCIL).get("/author");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Putting a module in a course"));
        assertFalse(home.body().contains("custom parameter"), home.body());
        assertFalse(home.body().contains("module=&lt;name&gt;"));
    }
}
