package org.digitalpractice.insight;

import org.digitalpractice.testing.TestLaunch;
import org.digitalpractice.testing.ToolUnderTest;
import org.digitalpractice.testing.WithTestPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.digitalpractice.insight.InsightData.addMember;
import static org.digitalpractice.insight.InsightData.addPerson;
import static org.digitalpractice.insight.InsightData.addSubmittedAttempt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Teams from the platform's Course Groups Service: fetched with the roster (Southvale plays Blackboard Learn),
 * someone who changes team moves at the next fetch, and the leads' team filter narrows the grid, its counts, the
 * CSV and the capability picture (still five people at least). Eastbrook plays Canvas, which has no such service:
 * no filter there, and a hint says why.
 */
class TeamsIT extends WithTestPlatform {

    static final String COURSE = "southvale-adults";
    static final String NORTH = COURSE + "-team-north";
    static final String EAST = COURSE + "-team-east";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static void moveToTeam(String userId, String groupId) throws Exception {
        var body = "{\"userId\":\"" + userId + "\",\"groupId\":" + (groupId == null ? "null" : "\"" + groupId + "\"")
                + "}";
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(ToolUnderTest.platformUrl(
                        "/practice/control/groups/" + COURSE))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
    }

    @AfterEach
    void everyoneBackInTheirFirstTeam() throws Exception {
        HTTP.send(HttpRequest.newBuilder(URI.create(ToolUnderTest.platformUrl("/practice/control/groups/" + COURSE)))
                .DELETE().build(), HttpResponse.BodyHandlers.discarding());
    }

    static TestLaunch southvaleLead() {
        var lead = TestLaunch.fromPractice("southvale", COURSE, "southvale-lead");
        courseWithAModule(COURSE);
        return lead;
    }

    /** The course's tool id, with a module placed in it: the grid and its filters show only once one is. */
    static long courseWithAModule(String contextId) {
        long course = InsightData.course(contextId);
        if (InsightData.one("select count(*) from placement where course_ref = ? and module_slug is not null",
                course) == 0) {
            InsightData.addPlacement(course, "Online harm to adults (teams)", "online-harm-adults", null);
        }
        return course;
    }

    static long teamsOf(String userId) {
        return InsightData.one("select count(*) from course_group_member where course_ref = ? and user_id = ?",
                InsightData.course(COURSE), userId);
    }

    static boolean inTeam(String userId, String groupId) {
        return InsightData.one("select count(*) from course_group_member where course_ref = ? and user_id = ? "
                + "and group_id = ?", InsightData.course(COURSE), userId, groupId) == 1;
    }

    static String rowsOf(String page) {
        return page.substring(page.indexOf("id=\"matrix\""));
    }

    @Test
    void aLeadsLookFetchesTheTeamsWithTheRoster() {
        var lead = southvaleLead();
        long course = InsightData.course(COURSE);
        var page = lead.get("/insight/courses/" + course).body();
        assertEquals(3, InsightData.one("select count(*) from course_group where course_ref = ?", course));
        assertTrue(inTeam("southvale-learner-01", NORTH) && inTeam("southvale-learner-02", EAST));
        assertEquals(0, teamsOf("southvale-lead"), "the lead is in no team");
        assertTrue(page.contains("<select class=\"govuk-select\" id=\"team\" name=\"team\""), "the filter is there");
        assertTrue(page.contains("value=\"" + NORTH + "\""));
        assertFalse(page.contains("id=\"no-teams\""));
    }

    @Test
    void someoneWhoChangesTeamLeavesTheOldOneAtTheNextFetch() throws Exception {
        var lead = southvaleLead();
        long course = InsightData.course(COURSE);
        lead.get("/insight/courses/" + course);
        assertTrue(inTeam("southvale-learner-04", NORTH));
        moveToTeam("southvale-learner-04", EAST);
        var north = lead.get("/insight/courses/" + course + "?team=" + NORTH).body();
        assertTrue(inTeam("southvale-learner-04", EAST), "joined the new team");
        assertEquals(1, teamsOf("southvale-learner-04"), "and left the old one");
        assertFalse(rowsOf(north).contains("data-user=\"southvale-learner-04\""));
        moveToTeam("southvale-learner-04", null);
        lead.get("/insight/courses/" + course);
        assertEquals(0, teamsOf("southvale-learner-04"), "out of every team");
    }

    @Test
    void theTeamFilterNarrowsTheGridAndSaysWhose() {
        var lead = southvaleLead();
        long course = InsightData.course(COURSE);
        var page = lead.get("/insight/courses/" + course + "?team=" + NORTH);
        assertEquals(200, page.statusCode());
        var rows = rowsOf(page.body());
        assertTrue(rows.contains("data-user=\"southvale-learner-01\""));
        assertFalse(rows.contains("data-user=\"southvale-learner-02\""), "east is not shown");
        assertTrue(page.body().contains("people in Children&#39;s services \u2013 North shown")
                || page.body().contains("people in Children's services \u2013 North shown"), "the count says whose");
        assertTrue(page.body().contains("<option value=\"" + NORTH + "\" selected"), "the team stays chosen");
        assertTrue(page.body().contains("completion.csv?team=" + NORTH), "the CSV link keeps the team");
    }

    @Test
    void theCsvHasOnlyTheTeamsPeople() {
        var lead = southvaleLead();
        long course = InsightData.course(COURSE);
        lead.get("/insight/courses/" + course);
        var all = lead.get("/insight/courses/" + course + "/completion.csv").body().lines().count();
        var csv = lead.get("/insight/courses/" + course + "/completion.csv?team=" + EAST);
        assertEquals(200, csv.statusCode());
        var lines = csv.body().lines().toList();
        long east = InsightData.one("select count(*) from course_group_member m join roster_member r on "
                + "r.course_ref = m.course_ref and r.user_id = m.user_id and r.left_at is null and r.roles like ? "
                + "where m.course_ref = ? and m.group_id = ?", "%Learner%", course, EAST);
        assertEquals(east + 1, lines.size(), "a header and a row per learner in the team: " + lines);
        assertTrue(all > lines.size(), "fewer than the whole course");
    }

    @Test
    void anUnknownTeamIsNotFoundAndSaysWhatToDo() {
        var lead = southvaleLead();
        long course = InsightData.course(COURSE);
        var page = lead.get("/insight/courses/" + course + "?team=no-such-team");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("There is no team &#39;no-such-team&#39;")
                || page.body().contains("There is no team 'no-such-team'"), page.body());
        assertTrue(page.body().contains("Choose a team from the list on the page"));
        assertEquals(404, lead.get("/insight/courses/" + course + "/completion.csv?team=no-such-team").statusCode());
    }

    @Test
    void aTeamLongerThanAnyPlatformIdIsABadRequest() {
        var lead = southvaleLead();
        long course = InsightData.course(COURSE);
        var page = lead.get("/insight/courses/" + course + "?team=" + "x".repeat(256));
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("longer than 255 characters"));
    }

    @Test
    void withoutTheServiceThereIsNoFilterAndAHintSaysWhy() {
        var lead = TestLaunch.fromPractice("eastbrook", "eastbrook-children", "eastbrook-lead");
        long course = courseWithAModule("eastbrook-children");
        var page = lead.get("/insight/courses/" + course).body();
        assertFalse(page.contains("id=\"team\""), "no team filter");
        assertTrue(page.contains("id=\"no-teams\""));
        assertTrue(page.contains("does not share this course") && page.contains("Course Groups Service"));
        assertEquals(0, InsightData.one("select count(*) from course_group where course_ref = ?", course));
        var asked = lead.get("/insight/courses/" + course + "?team=anything");
        assertEquals(400, asked.statusCode(), "no team can be chosen where the platform gives none");
        assertTrue(asked.body().contains("gives no teams"));
        var capability = lead.get("/insight/capability?course=" + course).body();
        assertTrue(capability.contains("id=\"no-teams\"") && !capability.contains("id=\"team\""));
    }

    @Test
    void aTeamWithoutItsCourseIsABadRequestOnTheCapabilityPicture() {
        var lead = southvaleLead();
        var page = lead.get("/insight/capability?team=" + NORTH);
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("Choose a course first"));
    }

    /**
     * Nine people on a course of the test platform, all assessed; the platform's teams are five and four of them.
     * The five show a picture; the four show the same words as any group under five, and a CSV with no figure.
     */
    @Test
    void aTeamOfFewerThanFiveShowsNoCapabilityPicture() throws Exception {
        var context = "leads-teams-" + InsightData.run();
        var lead = TestLaunch.as(platform, "lead-" + context, c -> c
                .claim("name", "Lead " + context)
                .claim(InsightIT.LTI + "roles", List.of(InsightIT.MENTOR))
                .claim(InsightIT.LTI + "context", Map.of("id", context, "title", "Course " + context))
                .claim(InsightIT.LTI + "resource_link", Map.of("id", "home", "title", "Home")));
        long course = courseWithAModule(context);
        long deployment = InsightData.deploymentOf(course);
        InsightData.update("update course set groups_url = ? where id = ?", "https://lms.example/groups", course);
        var now = Timestamp.from(Instant.now());
        for (var team : List.of("five", "four")) {
            InsightData.update("insert into course_group (course_ref, group_id, name, tag, fetched_at) "
                    + "values (?, ?, ?, null, ?)", course, team, "Team of " + team, now);
        }
        var statements = new String[]{"A1", "A2", "A3", "A4", "A5"};
        for (int i = 1; i <= 9; i++) {
            var subject = context + "-" + i;
            addMember(course, subject, "Person " + i, InsightIT.LEARNER, null);
            addSubmittedAttempt(deployment, addPerson(deployment, subject, "Person " + i),
                    Instant.now().minusSeconds(3600), statements, "1", "use", "email", null);
            InsightData.update("insert into course_group_member (course_ref, group_id, user_id) values (?, ?, ?)",
                    course, i <= 5 ? "five" : "four", subject);
        }
        var five = lead.get("/insight/capability?course=" + course + "&team=five").body();
        assertTrue(five.contains("id=\"respondents\">5<"), "five people in the team");
        var four = lead.get("/insight/capability?course=" + course + "&team=four").body();
        assertTrue(four.contains("There are not enough responses to show this without identifying people"));
        assertFalse(four.contains("id=\"respondents\""));
        var fourCsv = lead.get("/insight/capability/areas.csv?course=" + course + "&team=four").body();
        assertFalse(fourCsv.contains(",4,"), "no figure at all: " + fourCsv);
        assertTrue(fourCsv.contains("Not enough responses to show without identifying people"));
        var grid = lead.get("/insight/courses/" + course + "?team=four").body();
        assertTrue(grid.contains(">4 of 4 people in Team of four shown"), "the grid is the team's");
        assertTrue(lead.get("/insight/capability?course=" + course).body().contains("id=\"respondents\">9<"));
    }
}
