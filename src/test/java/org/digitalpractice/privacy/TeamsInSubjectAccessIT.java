package org.digitalpractice.privacy;

import org.digitalpractice.insight.InsightData;
import org.digitalpractice.testing.DeployedTool;
import org.digitalpractice.testing.TestLaunch;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The teams the platform puts someone in are personal data: their export lists them, and an erasure removes them
 * (Ashby plays Blackboard Learn, whose Course Groups Service the tool reads with the roster).
 */
class TeamsInSubjectAccessIT extends DeployedTool {

    static final String COURSE = "ashby-adults";
    /** The 29th learner: in the second team of every practice course. */
    static final String LEARNER = "ashby-learner-29";

    static long launchedAndTeamed() {
        TestLaunch.fromPractice("ashby", COURSE, LEARNER);
        long course = InsightData.course(COURSE);
        TestLaunch.fromPractice("ashby", COURSE, "ashby-lead").get("/insight/courses/" + course);
        return InsightData.person(LEARNER, InsightData.deploymentOf(course));
    }

    @Test
    void theExportListsTheirTeams() throws Exception {
        long person = launchedAndTeamed();
        var files = SubjectAccessIT.adminExport(person);
        var teams = files.get("teams.csv");
        assertTrue(teams.startsWith("course,course_id,team,tag,fetched"), teams);
        assertTrue(teams.contains("Adults' services \u2013 East") && teams.contains(COURSE), teams);
        assertEquals(2, teams.lines().count(), "one team: " + teams);
        assertTrue(files.get("README.txt").contains("teams.json and teams.csv"));
    }

    @Test
    void anErasureTakesThemOutOfEveryTeam() throws Exception {
        long person = launchedAndTeamed();
        long course = InsightData.course(COURSE);
        long memberships = InsightData.one("select count(*) from course_group_member m join course c "
                + "on c.id = m.course_ref where c.deployment_ref = ? and m.user_id = ?",
                InsightData.deploymentOf(course), LEARNER);
        assertTrue(memberships >= 1, "in a team before the erasure");
        var report = SubjectAccessIT.erase(person);
        assertEquals(memberships, report.getJsonObject("removed").getInt("teamMemberships"));
        assertEquals(0, InsightData.one("select count(*) from course_group_member m join course c "
                + "on c.id = m.course_ref where c.deployment_ref = ? and m.user_id = ?",
                InsightData.deploymentOf(course), LEARNER));
    }
}
