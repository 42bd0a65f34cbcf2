package org.digitalpractice.insight;

import org.digitalpractice.testing.DeployedTool;
import org.digitalpractice.testing.TestLaunch;
import org.digitalpractice.testing.ToolUnderTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rosters from the practice platform over NRPS: every page, and leavers shown apart. */
class RosterIT extends DeployedTool {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    static String control(String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(ToolUnderTest.platformUrl("/practice/control" + path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    static long count(String sql, String course) throws SQLException {
        try (var connection = ToolUnderTest.connect(); var query = connection.prepareStatement(sql)) {
            query.setString(1, course);
            query.setString(2, ToolUnderTest.practiceIssuer(course));
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    static final String IN_COURSE = " join course c on c.id = m.course_ref join deployment d on d.id = c.deployment_ref "
            + "join platform_registration r on r.id = d.registration_id where c.context_id = ? and r.issuer = ?";

    @Test
    void aThousandMembersArriveOverEveryPageCanvasGives() throws Exception {
        var course = "eastbrook-adults";
        control("/roster/" + course, "{\"addLearners\":968}");
        control("/stats/reset", "{}");
        var lead = TestLaunch.fromPractice("eastbrook", course, "eastbrook-lead");
        var page = lead.get("/insight");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"roster-count\">998<"), "998 learners, besides the trainer and the lead");
        assertEquals(1000, count("select count(*) from roster_member m" + IN_COURSE, course));
        var stats = HTTP.send(HttpRequest.newBuilder(URI.create(ToolUnderTest.platformUrl("/practice/control/stats")))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        // Eastbrook plays Canvas, which gives at most 50 members a page whatever the tool asks.
        assertTrue(stats.contains("\"membershipPages\":20"), "twenty pages of 50: " + stats);
    }

    @Test
    void aMemberRemovedOnThePlatformShowsAsLeft() throws Exception {
        var course = "eastbrook-children";
        var lead = TestLaunch.fromPractice("eastbrook", course, "eastbrook-lead");
        // Other tests may have taken someone else off this course already.
        var before = leftCount(lead.get("/insight").body());
        control("/roster/" + course, "{\"userId\":\"eastbrook-learner-09\",\"status\":\"Deleted\"}");
        var page = lead.get("/insight");
        assertEquals(before + 1, leftCount(page.body()), "one more person has left");
        assertTrue(page.body().contains("People who have left the course"));
        assertEquals(1, count("select count(*) from roster_member m" + IN_COURSE
                + " and m.user_id = 'eastbrook-learner-09' and m.left_at is not null", course));
        assertEquals(1, count("select count(*) from roster_change m join roster_snapshot s on s.id = m.snapshot_ref "
                + "join course c on c.id = s.course_ref join deployment d on d.id = c.deployment_ref "
                + "join platform_registration r on r.id = d.registration_id where c.context_id = ? and r.issuer = ? "
                + "and m.user_id = 'eastbrook-learner-09' and m.kind = 'LEFT'", course));
    }

    static int leftCount(String page) {
        var count = java.util.regex.Pattern.compile("id=\"left-count\">(\\d+)<").matcher(page);
        assertTrue(count.find(), "the number of people who have left");
        return Integer.parseInt(count.group(1));
    }
}
