package org.digitalpractice.gradebook;

import org.digitalpractice.testing.DeployedTool;
import org.digitalpractice.testing.Eventually;
import org.digitalpractice.testing.LaunchClient;
import org.digitalpractice.testing.TestLaunch;
import org.digitalpractice.testing.ToolUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;

import static org.digitalpractice.gradebook.GradebookIT.DEADLINE;
import static org.digitalpractice.gradebook.GradebookIT.SLUG;
import static org.digitalpractice.gradebook.GradebookIT.count;
import static org.digitalpractice.gradebook.GradebookIT.text;
import static org.digitalpractice.testing.TestLaunch.csrf;
import static org.digitalpractice.testing.TestLaunch.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole loop under each platform profile, in each profile's own practice council: a launch for every role, a
 * module placed by Deep Linking whose own column receives the learner's result, and the course roster. Each
 * council has its own ASYE course for this test, so nothing here depends on what other tests did.
 */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"northmoor", "eastbrook", "westfold", "southvale"})
class EveryPlatformIT extends DeployedTool {

    @Parameter
    String council;

    private String course() {
        return council + "-asye";
    }

    @Test
    void eachRoleLandsOnItsOwnHome() {
        assertTrue(TestLaunch.fromPractice(council, course(), council + "-learner-01").landing()
                .startsWith(ToolUnderTest.toolUrl("/learn?")));
        assertTrue(TestLaunch.fromPractice(council, course(), council + "-trainer").landing()
                .startsWith(ToolUnderTest.toolUrl("/author?")));
        assertTrue(TestLaunch.fromPractice(council, course(), council + "-lead").landing()
                .startsWith(ToolUnderTest.toolUrl("/insight?")));
    }

    @Test
    void aModulePlacedByDeepLinkingGetsTheLearnersResultInItsOwnColumn() throws Exception {
        var trainer = TestLaunch.fromPractice(council, course(), council + "-trainer", "&message=deep-linking");
        var page = trainer.get("/author/place");
        var handover = trainer.postEncoded("/author/place", "csrf=" + encode(csrf(page)) + "&activity=" + SLUG
                + "&mode__" + SLUG + "=completion&progress__" + SLUG + "=yes");
        assertEquals(200, handover.statusCode(), handover.body());
        var action = Pattern.compile("<form action=\"([^\"]+)\" method=\"post\" data-auto-submit")
                .matcher(handover.body());
        assertTrue(action.find(), "the response goes back to the platform in an auto-submitting form");
        var added = new LaunchClient().post(action.group(1).replace("&#x2F;", "/").replace("&amp;", "&"),
                Map.of("JWT", LaunchClient.field(handover.body(), "JWT").orElseThrow()));
        assertEquals(200, added.statusCode(), added.body());
        var link = text("select id from practice_link where course_id = ? order by created_at desc", course());
        var column = text("select line_item_id from practice_link where id = ?", link);
        assertTrue(column != null, "the platform made the link's column from the content item");
        assertTrue(text("select custom from practice_link where id = ?", link).contains("\"progress_scores\":\"yes\""),
                "the trainer asked for progress scores");

        var person = council + "-learner-24";
        GradebookIT.completeModule(TestLaunch.fromPractice(council, course(), person, "&link=" + link));
        Eventually.within(DEADLINE, () -> shown(column, person).startsWith("Completed 1.0"),
                () -> "the completion in the link's own column; it shows " + shown(column, person));
        assertEquals(0, count("select count(*) from practice_line_item where course_id = ? and tag = ?", course(),
                SLUG), "no second column: the link's own one is used");
    }

    @Test
    void theRosterArrivesAndALeaverShowsApart() throws Exception {
        var lead = TestLaunch.fromPractice(council, course(), council + "-lead");
        var home = lead.get("/insight").body();
        assertTrue(home.contains("id=\"roster-count\">30<"), "30 learners; the trainer and the lead are not counted: " + home);
        GradebookIT.control("/roster/" + course(), "{\"userId\":\"" + council + "-learner-30\",\"status\":"
                + "\"Deleted\"}");
        assertTrue(lead.get("/insight").body().contains("id=\"left-count\">1<"), "one person has left");
    }

    /** What the platform's gradebook shows a person in a column. */
    private String shown(String column, String person) {
        try {
            return GradebookIT.http.send(HttpRequest.newBuilder(URI.create(ToolUnderTest.platformUrl(
                            "/practice/control/grades/" + course() + "/" + column + "/" + person))).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body().replaceAll(
                    ".*\"activityProgress\":\"([A-Za-z]+)\"(,\"scoreGiven\":([0-9.]+))?.*", "$1 $3");
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
