package org.digitalpractice.insight;

import org.digitalpractice.testing.WithTestPlatform;
import org.digitalpractice.testing.TestLaunch;
import org.digitalpractice.testing.ToolUnderTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.digitalpractice.insight.InsightData.addMember;
import static org.digitalpractice.insight.InsightData.addPerson;
import static org.digitalpractice.insight.InsightData.addProgress;
import static org.digitalpractice.insight.InsightData.addSubmittedAttempt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What learning leads see, over HTTP: the completion matrix from the roster, overdue, the exact CSV, the due date
 * form, failed scores, the threshold of five on the capability picture, and that nobody else (learners, trainers,
 * other councils) gets any of it.
 */
class InsightIT extends WithTestPlatform {

    static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    static final String MENTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor";
    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Someone launched from the test platform into a course of its own, through a link that may open a module. */
    static TestLaunch launch(String subject, String role, String context, String link, Map<String, String> custom) {
        return TestLaunch.as(platform, subject, c -> c
                .claim("name", subject)
                .claim(LTI + "roles", List.of(role))
                .claim(LTI + "context", Map.of("id", context, "title", "Course " + context))
                .claim(LTI + "resource_link", Map.of("id", link, "title", "Link " + link))
                .claim(LTI + "custom", custom));
    }

    static String control(String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(ToolUnderTest.platformUrl("/practice/control" + path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    static String statusOf(String page, String user, long placement) {
        var row = Pattern.compile("data-user=\"" + Pattern.quote(user) + "\">(.*?)</tr>", Pattern.DOTALL).matcher(page);
        assertTrue(row.find(), user + " has a row");
        var cell = Pattern.compile("data-placement=\"" + placement + "\" data-status=\"([a-z-]+)\"").matcher(row.group(1));
        assertTrue(cell.find(), user + " has a cell for " + placement);
        return cell.group(1);
    }

    /**
     * A course of the test platform with two modules, one due on 1 January 2026 (from the link), and a roster of three
     * learners and a trainer: Alex completed one module and is part-way through the other, Bea never opened the tool,
     * Cal left the course after completing the second.
     */
    record Exact(String context, long course, long deployment, long harm, long boundaries, TestLaunch lead) {
    }

    static Exact exactCourse() {
        var context = "leads-exact-" + InsightData.run();
        var lead = launch("lead-" + context, MENTOR, context, "harm",
                Map.of("module", "online-harm-children", "due_date", "2026-01-01"));
        launch("lead-" + context, MENTOR, context, "boundaries", Map.of("module", "boundaries-online"));
        long course = InsightData.course(context);
        long deployment = InsightData.deploymentOf(course);
        long harm = InsightData.placement(course, "harm");
        long boundaries = InsightData.placement(course, "boundaries");
        addMember(course, context + "-a", "Alex Able", LEARNER, null);
        addMember(course, context + "-b", "Bea Baker", LEARNER, null);
        addMember(course, context + "-c", "Cal Carter", LEARNER, Instant.parse("2026-04-01T10:00:00Z"));
        addMember(course, context + "-t", "Tom Trainer", INSTRUCTOR, null);
        long alex = addPerson(deployment, context + "-a", "Alex Able");
        long cal = addPerson(deployment, context + "-c", "Cal Carter");
        addProgress(deployment, alex, InsightData.module("online-harm-children"), Instant.parse("2026-03-01T10:00:00Z"),
                Instant.parse("2026-03-02T10:00:00Z"), Instant.parse("2026-03-02T10:00:00Z"), 90);
        addProgress(deployment, alex, InsightData.module("boundaries-online"), Instant.parse("2026-03-04T10:00:00Z"),
                Instant.parse("2026-03-05T10:00:00Z"), null, null);
        addProgress(deployment, cal, InsightData.module("boundaries-online"), Instant.parse("2026-02-01T10:00:00Z"),
                Instant.parse("2026-02-03T10:00:00Z"), Instant.parse("2026-02-03T10:00:00Z"), 75);
        return new Exact(context, course, deployment, harm, boundaries, lead);
    }

    @Test
    void theMatrixListsTheRosterWithOverdueAgainstTheLinksDueDate() {
        var exact = exactCourse();
        var page = exact.lead().get("/insight/courses/" + exact.course());
        assertEquals(200, page.statusCode());
        var body = page.body();
        assertEquals("completed", statusOf(body, exact.context() + "-a", exact.harm()));
        assertEquals("in-progress", statusOf(body, exact.context() + "-a", exact.boundaries()));
        assertEquals("overdue", statusOf(body, exact.context() + "-b", exact.harm()), "never launched, past due");
        assertEquals("not-started", statusOf(body, exact.context() + "-b", exact.boundaries()), "no due date");
        assertTrue(body.contains("2 March 2026, score 90%"));
        assertFalse(body.contains(exact.context() + "-t"), "trainers are not rows");
        assertTrue(body.contains("id=\"active-count\">2<"));
        assertTrue(body.contains("id=\"left-count\">1<"));
        var leavers = body.substring(body.indexOf("id=\"leavers\""));
        assertTrue(leavers.contains("Cal Carter") && leavers.contains("1 April 2026"), "Cal is shown apart");
        assertFalse(body.substring(body.indexOf("id=\"matrix\""), body.indexOf("id=\"leavers\""))
                .contains("data-user=\"" + exact.context() + "-c\""), "Cal is not in the matrix");
    }

    @Test
    void filtersSearchAndSortWorkWithoutJavaScript() {
        var exact = exactCourse();
        var overdue = exact.lead().get("/insight/courses/" + exact.course() + "?overdue=true").body();
        assertTrue(overdue.contains("data-user=\"" + exact.context() + "-b\""));
        assertFalse(overdue.contains("data-user=\"" + exact.context() + "-a\""));
        var search = exact.lead().get("/insight/courses/" + exact.course() + "?q=able").body();
        assertTrue(search.contains("1 of 2 people shown"));
        assertFalse(search.contains("id=\"no-match\""));
        var nobody = exact.lead().get("/insight/courses/" + exact.course() + "?q=nobody-has-this-name").body();
        assertTrue(nobody.contains("0 of 2 people shown") && nobody.contains("id=\"no-match\""),
                "a filter that matches nobody says so, with a way back");
        var module = exact.lead().get("/insight/courses/" + exact.course() + "?module=" + exact.boundaries()
                + "&status=in-progress").body();
        assertTrue(module.contains("data-user=\"" + exact.context() + "-a\""));
        assertFalse(module.contains("data-placement=\"" + exact.harm() + "\" data-status"), "only that module's column");
        var sorted = exact.lead().get("/insight/courses/" + exact.course() + "?sort=name&dir=desc").body();
        assertTrue(sorted.indexOf("Bea Baker</th>") < sorted.indexOf("Alex Able</th>"));
    }

    @Test
    void theCsvIsExactAndFollowsTheLeadsDueDate() {
        var exact = exactCourse();
        var form = exact.lead().get("/insight/courses/" + exact.course() + "/due-dates/" + exact.boundaries());
        assertEquals(200, form.statusCode());
        var asked = exact.lead().post("/insight/courses/" + exact.course() + "/due-dates/" + exact.boundaries(),
                TestLaunch.csrf(form), Map.of("due-day", "1", "due-month", "2", "due-year", "2026", "action", "set"));
        assertEquals(200, asked.statusCode(), "a date that has passed is confirmed first");
        assertTrue(asked.body().contains("1 February 2026 has passed. 2 people who have not completed"), asked.body());
        assertTrue(exact.lead().get("/insight/courses/" + exact.course()).body().contains("Link boundaries"),
                "nothing saved yet");
        var saved = exact.lead().post("/insight/courses/" + exact.course() + "/due-dates/" + exact.boundaries(),
                TestLaunch.csrf(form), Map.of("due-day", "1", "due-month", "2", "due-year", "2026",
                        "action", "set-past"));
        assertEquals(303, saved.statusCode());
        var csv = exact.lead().get("/insight/courses/" + exact.course() + "/completion-by-module.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        var c = exact.context();
        assertEquals(String.join("\r\n",
                "Name,User ID,Email,On the course,Left on,Module short name,Activity,Status,Started on,Last active on,Completed on,Score (%),Due on",
                "Alex Able," + c + "-a," + c + "-a@council.example,Yes,,online-harm-children,Link harm,Completed,2026-03-01,2026-03-02,2026-03-02,90,2026-01-01",
                "Bea Baker," + c + "-b," + c + "-b@council.example,Yes,,online-harm-children,Link harm,Overdue,,,,,2026-01-01",
                "Cal Carter," + c + "-c," + c + "-c@council.example,Left,2026-04-01,online-harm-children,Link harm,Overdue,,,,,2026-01-01",
                "Alex Able," + c + "-a," + c + "-a@council.example,Yes,,boundaries-online,Link boundaries,Overdue,2026-03-04,2026-03-05,,,2026-02-01",
                "Bea Baker," + c + "-b," + c + "-b@council.example,Yes,,boundaries-online,Link boundaries,Overdue,,,,,2026-02-01",
                "Cal Carter," + c + "-c," + c + "-c@council.example,Left,2026-04-01,boundaries-online,Link boundaries,Completed,2026-02-01,2026-02-03,2026-02-03,75,2026-02-01",
                ""), csv.body());
        var grid = exact.lead().get("/insight/courses/" + exact.course() + "/completion.csv");
        assertEquals(200, grid.statusCode());
        assertEquals(String.join("\r\n",
                "Name,Email,Link harm,Link boundaries,Self-assessment,Modules completed",
                "Alex Able," + c + "-a@council.example,\"Completed: 2 March 2026, score 90%\",\"Overdue: due 1 February 2026, last active 5 March 2026\",Not completed,1 of 2",
                "Bea Baker," + c + "-b@council.example,\"Overdue: due 1 January 2026, not started\",\"Overdue: due 1 February 2026, not started\",Not completed,0 of 2",
                ""), grid.body(), "the grid on the page: one row per person on the course, leavers apart");
        var page = exact.lead().get("/insight/courses/" + exact.course()).body();
        assertTrue(page.contains("1 February 2026 (set by a lead)"));
    }

    static String grid(Exact exact, String query) {
        var csv = exact.lead().get("/insight/courses/" + exact.course() + "/completion.csv" + query);
        assertEquals(200, csv.statusCode());
        return csv.body();
    }

    @Test
    void theGridCsvKeepsOnlyThePeopleTheSearchFinds() {
        var exact = exactCourse();
        var lines = grid(exact, "?q=able").split("\r\n");
        assertEquals(2, lines.length, "a header and Alex");
        assertTrue(lines[1].startsWith("Alex Able,"));
    }

    @Test
    void theGridCsvOfOneModuleHasOnlyItsColumn() {
        var exact = exactCourse();
        var body = grid(exact, "?module=" + exact.boundaries());
        assertTrue(body.startsWith("Name,Email,Link boundaries,Self-assessment,Modules completed\r\n"), body);
        assertFalse(body.contains("Link harm"));
    }

    @Test
    void theGridCsvKeepsOnlyTheStatusAsked() {
        var exact = exactCourse();
        var body = grid(exact, "?module=" + exact.harm() + "&status=completed");
        assertTrue(body.contains("Alex Able,") && !body.contains("Bea Baker,"), body);
    }

    @Test
    void theGridCsvKeepsOnlyTheOverdue() {
        var exact = exactCourse();
        addMember(exact.course(), exact.context() + "-d", "Dee Done", LEARNER, null);
        long dee = addPerson(exact.deployment(), exact.context() + "-d", "Dee Done");
        addProgress(exact.deployment(), dee, InsightData.module("online-harm-children"),
                Instant.parse("2025-12-01T10:00:00Z"), Instant.parse("2025-12-02T10:00:00Z"),
                Instant.parse("2025-12-02T10:00:00Z"), 100);
        addProgress(exact.deployment(), dee, InsightData.module("boundaries-online"),
                Instant.parse("2025-12-03T10:00:00Z"), Instant.parse("2025-12-03T10:00:00Z"),
                Instant.parse("2025-12-03T10:00:00Z"), 100);
        var everyone = grid(exact, "");
        assertTrue(everyone.contains("Dee Done,"), everyone);
        var overdue = grid(exact, "?overdue=true");
        assertFalse(overdue.contains("Dee Done,"), "Dee has completed everything");
        assertTrue(overdue.contains("Bea Baker,"), overdue);
    }

    @Test
    void theSelfAssessmentIsAColumnWithItsDayAndNothingOfTheAnswers() {
        var exact = exactCourse();
        long bea = addPerson(exact.deployment(), exact.context() + "-b", "Bea Baker");
        addSubmittedAttempt(exact.deployment(), bea, Instant.parse("2026-05-06T09:00:00Z"),
                new String[]{"A1", "A2"}, "3", "use", "email", "PRIVATE WORDS OF BEA");
        var page = exact.lead().get("/insight/courses/" + exact.course()).body();
        var row = page.substring(page.indexOf("data-user=\"" + exact.context() + "-b\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertTrue(row.contains("data-self-assessment=\"completed\"") && row.contains("6 May 2026"), row);
        var alex = page.substring(page.indexOf("data-user=\"" + exact.context() + "-a\""));
        assertTrue(alex.substring(0, alex.indexOf("</tr>")).contains("data-self-assessment=\"not-completed\""));
        var body = grid(exact, "");
        assertTrue(body.contains(",Completed: 6 May 2026,0 of 2"), body);
        assertFalse(body.contains("PRIVATE WORDS") || page.contains("PRIVATE WORDS"), "never what anyone wrote");
        assertFalse(page.contains("Leading") || body.contains("Leading"), "never a rating");
        var sorted = exact.lead().get("/insight/courses/" + exact.course() + "?sort=self-assessment").body();
        assertTrue(sorted.indexOf("Alex Able</th>") < sorted.indexOf("Bea Baker</th>"), "not done first");
    }

    @Test
    void theOverdueAreOfferedTheirAddressesAndAMessageToCopy() {
        var exact = exactCourse();
        var page = exact.lead().get("/insight/courses/" + exact.course()).body();
        var emails = page.substring(page.indexOf("id=\"overdue-emails\""));
        emails = emails.substring(emails.indexOf('>') + 1, emails.indexOf("</textarea>"));
        assertEquals(exact.context() + "-b@council.example", emails, "only Bea is overdue; Cal has left");
        var message = page.substring(page.indexOf("id=\"overdue-message\""));
        message = message.substring(message.indexOf('>') + 1, message.indexOf("</textarea>"));
        assertTrue(message.contains("- Link harm (due 1 January 2026)"), message);
        assertFalse(message.contains("Link boundaries"), "nobody is overdue with it");
        assertTrue(message.endsWith("Thank you,\nlead-" + exact.context()), message);
        var otherModule = exact.lead().get("/insight/courses/" + exact.course() + "?module=" + exact.boundaries()).body();
        assertFalse(otherModule.contains("id=\"overdue-emails\""), "nobody is overdue with the module chosen");
    }

    @Test
    void aBadDueDateIsRefusedWithTheReasonShown() {
        var exact = exactCourse();
        var path = "/insight/courses/" + exact.course() + "/due-dates/" + exact.harm();
        var form = exact.lead().get(path);
        var refused = exact.lead().post(path, TestLaunch.csrf(form),
                Map.of("due-day", "31", "due-month", "2", "due-year", "2027", "action", "set"));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("govuk-error-summary"));
        assertTrue(refused.body().contains("The due date must be a real date"));
        assertTrue(refused.body().contains("value=\"31\""), "what was typed is kept");
        var empty = exact.lead().post(path, TestLaunch.csrf(form), Map.of("action", "set"));
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("Enter the due date"));
        var noToken = exact.lead().post(path, null, Map.of("due-day", "1", "due-month", "2", "due-year", "2027"));
        assertEquals(403, noToken.statusCode());
        assertEquals(0, InsightData.one("select count(*) from placement_due_date where placement_ref = ?", exact.harm()));
    }

    @Test
    void scoresTheGradebookRefusedAreListed() {
        var exact = exactCourse();
        long alex = InsightData.person(exact.context() + "-a", exact.deployment());
        var now = java.sql.Timestamp.from(Instant.now());
        InsightData.update("insert into score_outbox (id, deployment_ref, user_ref, placement_ref, source, source_key, "
                + "source_ref, label, user_id, activity_progress, grading_progress, score_timestamp, status, attempts, "
                + "next_attempt_at, last_error, created_at) values (?, ?, ?, ?, 'module', 'k', 1, 'Online harm to "
                + "children: completed', ?, 'Completed', 'FullyGraded', ?, 'FAILED', 8, ?, 'HTTP 422 from the "
                + "platform', ?)", InsightData.nextId(), exact.deployment(), alex, exact.harm(), exact.context() + "-a",
                now, now, now);
        var page = exact.lead().get("/insight/courses/" + exact.course()).body();
        assertTrue(page.contains("id=\"failed-count\">1<"));
        var table = page.substring(page.indexOf("id=\"failed-scores-table\""));
        assertTrue(table.contains("Alex Able") && table.contains("HTTP 422 from the platform"));
    }

    /** Five learners on a course's roster, who may each submit a self-assessment. */
    @Test
    void fourRespondentsShowNothingAndFiveShowTheAggregate() {
        var context = "leads-threshold-" + InsightData.run();
        var lead = launch("lead-" + context, MENTOR, context, "home", Map.of());
        long course = InsightData.course(context);
        long deployment = InsightData.deploymentOf(course);
        var statements = new String[]{"A1", "A2", "A3", "A4", "A5"};
        for (int i = 1; i <= 5; i++) {
            addMember(course, context + "-" + i, "Person " + i, LEARNER, null);
            long person = addPerson(deployment, context + "-" + i, "Person " + i);
            if (i < 5) {
                addSubmittedAttempt(deployment, person, Instant.now().minusSeconds(3600), statements, "1", "use",
                        "email,messaging", "PRIVATE WORDS " + i);
            }
        }
        var four = lead.get("/insight/capability?course=" + course).body();
        assertTrue(four.contains("There are not enough responses to show this without identifying people"));
        var fourCsv = lead.get("/insight/capability/areas.csv?course=" + course);
        assertEquals(200, fourCsv.statusCode());
        assertEquals("Area,People,Not yet,Aware,Practising,Leading,Mean (0 to 3)\r\nNot enough responses to show "
                + "without identifying people: the picture appears when at least 5 people have submitted a "
                + "self-assessment.\r\n", fourCsv.body(), "no figure at all, not even how many answered");
        assertFalse(four.contains("id=\"respondents\""));
        assertFalse(four.contains("id=\"areas\""));
        addSubmittedAttempt(deployment, InsightData.person(context + "-5", deployment), Instant.now().minusSeconds(60),
                statements, "2", "use", "email", "PRIVATE WORDS 5");
        var five = lead.get("/insight/capability?course=" + course).body();
        assertTrue(five.contains("id=\"respondents\">5<"), "five people");
        var areaA = five.substring(five.indexOf("data-area=\"A\""));
        assertTrue(areaA.contains("dp-area-mean\">1.2<"), "mean of 1,1,1,1,2");
        var areaB = five.substring(five.indexOf("data-area=\"B\""));
        assertTrue(areaB.substring(0, areaB.indexOf("</tr>")).contains("Not enough responses"), "nobody rated B");
        var use = five.substring(five.indexOf("id=\"practice-use\""));
        assertTrue(use.contains("People (of 5 who answered)"));
        assertFalse(five.contains("PRIVATE WORDS"), "free text is never shown");
        assertFalse(five.contains("Person 1"), "nobody is named");
        var fiveCsv = lead.get("/insight/capability/areas.csv?course=" + course).body();
        var rowA = fiveCsv.lines().filter(line -> line.startsWith("A. ")).findFirst().orElseThrow();
        assertTrue(rowA.matches("A\\. .*,5,0,4,1,0,1\\.2"), "five people, four Aware, one Practising: " + rowA);
        assertTrue(fiveCsv.lines().filter(line -> line.startsWith("B. ")).findFirst().orElseThrow()
                .endsWith(",Not enough responses to show without identifying people"), "nobody rated B");
        assertFalse(fiveCsv.contains("PRIVATE WORDS") || fiveCsv.contains("Person "), "nobody named, no own words");
    }

    @Test
    void notStartedLearnersFromThePlatformsRosterArePresentAndLeaversApart() throws Exception {
        var course = "northmoor-adults";
        var lead = TestLaunch.fromPractice("northmoor", course, "northmoor-lead");
        long courseRef = InsightData.course(course);
        long placement = InsightData.addPlacement(courseRef, "Online harm to adults (" + InsightData.run() + ")",
                "online-harm-adults", null);
        control("/roster/" + course, "{\"userId\":\"northmoor-learner-10\",\"status\":\"Deleted\"}");
        var body = lead.get("/insight/courses/" + courseRef).body();
        assertEquals("not-started", statusOf(body, "northmoor-learner-08", placement), "never launched, still listed");
        assertEquals("not-started", statusOf(body, "northmoor-learner-09", placement));
        var leavers = body.substring(body.indexOf("id=\"leavers\""));
        assertTrue(leavers.contains("data-user=\"northmoor-learner-10\""));
        assertFalse(body.substring(body.indexOf("id=\"matrix\""), body.indexOf("id=\"leavers\""))
                .contains("data-user=\"northmoor-learner-10\""));
        assertFalse(body.contains("data-user=\"northmoor-lead\""), "the lead is not a row");
    }

    @Test
    void aLeadOfAnotherCouncilGetsNothingByUrlParameterOrExport() throws Exception {
        TestLaunch.fromPractice("northmoor", "northmoor-adults", "northmoor-lead");
        long northmoor = InsightData.course("northmoor-adults");
        long placement = InsightData.addPlacement(northmoor, "Isolation check", "online-harm-adults", null);
        var eastbrook = TestLaunch.fromPractice("eastbrook", "eastbrook-adults", "eastbrook-lead");
        assertEquals(404, eastbrook.get("/insight/courses/" + northmoor).statusCode());
        assertEquals(404, eastbrook.get("/insight/courses/" + northmoor + "/completion.csv").statusCode());
        assertEquals(404, eastbrook.get("/insight/courses/" + northmoor + "/completion-by-module.csv").statusCode());
        assertEquals(404, eastbrook.get("/insight/capability?course=" + northmoor).statusCode());
        assertEquals(404, eastbrook.get("/insight/capability/areas.csv?course=" + northmoor).statusCode());
        assertEquals(404, eastbrook.get("/insight/courses/" + northmoor + "/due-dates/" + placement).statusCode());
        var own = eastbrook.get("/insight/organisation");
        assertEquals(200, own.statusCode());
        assertFalse(own.body().contains("data-course=\"" + northmoor + "\""), "not in the council's list");
        long eastbrookCourse = InsightData.course("eastbrook-adults");
        long ownPlacement = InsightData.addPlacement(eastbrookCourse, "Own link", "online-harm-adults", null);
        assertTrue(eastbrook.get("/insight/organisation").body().contains("Online harm to adults with care and support needs"),
                "modules are named by their titles");
        var councilCsv = eastbrook.get("/insight/organisation/completion.csv");
        assertEquals(200, councilCsv.statusCode());
        assertTrue(councilCsv.body().startsWith("Course,Activity,Module,People on the course,Completed,Completed (%)\r\n"));
        assertTrue(councilCsv.body().contains(",Own link,Online harm to adults with care and support needs,"),
                councilCsv.body());
        assertFalse(councilCsv.body().contains("Isolation check"), "never another council's course");
        var ownForm = eastbrook.get("/insight/courses/" + eastbrookCourse + "/due-dates/" + ownPlacement);
        assertEquals(200, ownForm.statusCode());
        var posted = eastbrook.post("/insight/courses/" + northmoor + "/due-dates/" + placement, TestLaunch.csrf(ownForm),
                Map.of("due-day", "1", "due-month", "2", "due-year", "2027", "action", "set"));
        assertEquals(404, posted.statusCode());
        assertEquals(0, InsightData.one("select count(*) from placement_due_date where placement_ref = ?", placement));
        assertEquals(404, eastbrook.get("/insight/courses/" + eastbrookCourse + "/due-dates/" + placement).statusCode(),
                "a link of another council's course, under one's own course");
        assertEquals(404, eastbrook.get("/insight/capability?course=not-a-number").statusCode());
    }

    @Test
    void learnersAndTrainersAreRefusedEveryLeadPage() {
        var exact = exactCourse();
        var learner = launch(exact.context() + "-a", LEARNER, exact.context(), "harm", Map.of());
        var trainer = launch("trainer-" + exact.context(), INSTRUCTOR, exact.context(), "harm", Map.of());
        var routes = List.of("/insight", "/insight/organisation", "/insight/capability",
                "/insight/organisation/completion.csv", "/insight/capability/areas.csv",
                "/insight/capability?course=" + exact.course(), "/insight/courses/" + exact.course(),
                "/insight/courses/" + exact.course() + "/completion.csv",
                "/insight/courses/" + exact.course() + "/completion-by-module.csv",
                "/insight/courses/" + exact.course() + "/due-dates/" + exact.harm());
        for (var who : List.of(learner, trainer)) {
            for (var route : routes) {
                assertEquals(403, who.get(route).statusCode(), route);
            }
            // The role is checked before the form's token, so no token of theirs could get further.
            var posted = who.post("/insight/courses/" + exact.course() + "/due-dates/" + exact.harm(),
                    "any", Map.of("due-day", "1", "due-month", "2", "due-year", "2027"));
            assertEquals(403, posted.statusCode());
        }
        assertEquals(0, InsightData.one("select count(*) from placement_due_date where placement_ref = ?", exact.harm()));
    }
}
