package org.digitalpractice.catalogue.authoring;

import org.digitalpractice.testing.ModuleSteps;
import org.digitalpractice.testing.WithTestPlatform;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.digitalpractice.catalogue.authoring.AuthoringIT.OTHER_COUNCIL;
import static org.digitalpractice.catalogue.authoring.AuthoringIT.audit;
import static org.digitalpractice.catalogue.authoring.AuthoringIT.importedModule;
import static org.digitalpractice.catalogue.authoring.AuthoringIT.learner;
import static org.digitalpractice.catalogue.authoring.AuthoringIT.saveTitle;
import static org.digitalpractice.catalogue.authoring.AuthoringIT.trainer;
import static org.digitalpractice.testing.TestLaunch.csrf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Publishing end to end over HTTP: what will change is shown before the trainer confirms, every published version is
 * kept, and rolling back publishes an earlier version again as the newest while learners keep the version they
 * started.
 */
class PublishingIT extends WithTestPlatform {

    static final String COUNCIL = AuthoringIT.COUNCIL;
    static final String ORIGINAL = "Boundaries and communicating online";
    static final String OURS = "Boundaries online, our way";

    static boolean shows(String html, String text) {
        return html.contains(text) || html.contains(text.replace("'", "&#39;"));
    }

    @Test
    void publishingShowsTheChangesFirstAndRollingBackPublishesAnEarlierVersionAgain() {
        var trainer = trainer(COUNCIL);
        var slug = importedModule(trainer, "versions");
        var base = "/author/modules/" + slug;

        var first = trainer.get(base + "/publish");
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.body().contains("has never been published"), first.body());
        assertTrue(first.body().contains("Publish as version 1"));
        assertEquals(404, learner(COUNCIL).get("/learn/modules/" + slug).statusCode(), "looking publishes nothing");
        assertEquals(303, trainer.post(base + "/publish", csrf(first), Map.of()).statusCode());
        var onOne = learner(COUNCIL);
        ModuleSteps.readLesson(onOne, slug, 1);

        assertEquals(303, saveTitle(trainer, slug, OURS).statusCode());
        var second = trainer.get(base + "/publish");
        assertTrue(second.body().contains("What changes against version 1"), second.body());
        assertTrue(second.body().contains("<del class=\"dp-removed\"><span class=\"govuk-visually-hidden\">Removed: "
                + "</span>and communicating online</del>"), second.body());
        assertTrue(shows(second.body(), "Added: </span>online, our way</ins>"), second.body());
        assertTrue(second.body().contains("Publish as version 2"));
        assertEquals(303, trainer.post(base + "/publish", csrf(second), Map.of()).statusCode());
        var onTwo = learner(COUNCIL);
        assertTrue(shows(onTwo.get("/learn/modules/" + slug).body(), OURS));
        ModuleSteps.readLesson(onTwo, slug, 1); // starts version 2

        var versions = trainer.get(base + "/versions");
        assertEquals(200, versions.statusCode(), versions.body());
        assertTrue(versions.body().contains("id=\"version-2\""));
        assertTrue(versions.body().contains("id=\"roll-back-1\""), "an earlier version can be rolled back to");
        assertFalse(versions.body().contains("id=\"roll-back-2\""), "not the one learners get");

        var compare = trainer.get(base + "/versions/1");
        assertEquals(200, compare.statusCode(), compare.body());
        assertTrue(compare.body().contains("instead of version 2"), compare.body());
        assertTrue(shows(compare.body(), "Removed: </span>online, our way</del>"), compare.body());
        assertEquals(303, trainer.post(base + "/versions/1", csrf(compare), Map.of()).statusCode());

        assertTrue(shows(learner(COUNCIL).get("/learn/modules/" + slug).body(), ORIGINAL),
                "new learners get version 1's content again");
        assertTrue(shows(onTwo.get("/learn/modules/" + slug).body(), OURS), "a learner part-way keeps version 2");
        assertTrue(shows(onOne.get("/learn/modules/" + slug).body(), ORIGINAL), "and one on version 1 keeps it");
        var after = trainer.get(base + "/versions");
        assertTrue(after.body().contains("Rolled back to version 1"), after.body());
        assertTrue(after.body().contains("id=\"version-3\""));
        var modulePage = trainer.get(base);
        assertTrue(modulePage.body().contains("id=\"current-version\">3<"), modulePage.body());
        assertTrue(modulePage.body().contains("id=\"module-title\">" + ORIGINAL), "the draft is version 1 again");
        assertFalse(modulePage.body().contains("with unpublished changes"), modulePage.body());
        assertTrue(trainer.get(base + "/publish").body().contains("Publishing it changes nothing"));
        assertEquals(List.of("IMPORT", "PUBLISH", "PUBLISH", "RESTORE"), audit(slug));
    }

    @Test
    void versionsAreTheCouncilsOwnAndForTrainersOnly() {
        var trainer = trainer(COUNCIL);
        var slug = importedModule(trainer, "versions-guarded");
        var base = "/author/modules/" + slug;
        var page = trainer.get(base + "/publish");
        assertEquals(303, trainer.post(base + "/publish", csrf(page), Map.of()).statusCode());
        assertEquals(404, trainer.get(base + "/versions/9").statusCode());
        var other = trainer(OTHER_COUNCIL);
        assertEquals(404, other.get(base + "/versions").statusCode());
        assertEquals(404, other.get(base + "/publish").statusCode());
        assertEquals(404, other.post(base + "/versions/1", csrf(other.get("/author/modules/import")), Map.of())
                .statusCode());
        var learner = learner(COUNCIL);
        for (var path : List.of(base + "/publish", base + "/versions", base + "/versions/1")) {
            assertEquals(403, learner.get(path).statusCode(), path);
        }
        assertEquals(403, learner.post(base + "/versions/1", "any-token", Map.of()).statusCode());
        assertEquals(403, trainer.post(base + "/versions/1", "wrong-token", Map.of()).statusCode());
        assertEquals(404, trainer.get("/author/modules/" + AuthoringIT.LIBRARY_SLUG + "/versions").statusCode(),
                "the library's modules have no versions of the council's");
    }

    @Test
    void aDraftSavedBeforeALimitExistedIsNamedNotPublished() throws java.sql.SQLException {
        var trainer = trainer(COUNCIL);
        var slug = importedModule(trainer, "old-draft");
        var lesson = "lessons/01-choosing-the-right-channel.md";
        try (var connection = org.digitalpractice.testing.ToolUnderTest.connect();
             var update = connection.prepareStatement("update draft_file set content = ? where path = ? and "
                     + "draft_ref = (select id from module_draft where slug = ?)")) {
            update.setString(1, "# Long\n\n" + "word ".repeat(1_500));
            update.setString(2, lesson);
            update.setString(3, slug);
            assertEquals(1, update.executeUpdate());
        }
        var base = "/author/modules/" + slug;
        var check = trainer.get(base + "/publish");
        assertEquals(400, check.statusCode(), check.body());
        assertTrue(check.body().contains("has 1500 words; a lesson must be 1000 words or fewer"), check.body());
        var page = trainer.get("/author/modules/import");
        assertEquals(400, trainer.post(base + "/publish", csrf(page), Map.of()).statusCode());
        assertEquals(404, learner(COUNCIL).get("/learn/modules/" + slug).statusCode(), "nothing was published");
        assertEquals(200, trainer.get(base + "/preview").statusCode(), "the draft still previews");
    }
}
