package org.digitalpractice.pulse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.digitalpractice.insight.InsightData;
import org.digitalpractice.testing.DeployedTool;
import org.digitalpractice.testing.TestLaunch;
import org.digitalpractice.testing.ToolUnderTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;

import static org.digitalpractice.insight.InsightData.one;
import static org.digitalpractice.pulse.PulseData.TYPICAL;
import static org.digitalpractice.testing.TestLaunch.csrf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The practice pulse over HTTP, with the practice councils: a learner answers and changes their answers; leads see
 * nothing until five people have answered, and other councils only beside three others of five; no role reaches
 * one person's answers by any address, parameter or export; councils never see each other; refused input stores
 * nothing; and a person's own words go when the quarter ends or they are erased.
 */
class PulseIT extends DeployedTool {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String ADMIN = "Bearer it-admin-token";

    static long count(String sql, Object... parameters) {
        return one("select count(*) " + sql, parameters);
    }

    static HttpResponse<String> answer(TestLaunch learner, Map<String, List<String>> answers, Map<String, String> words) {
        var form = learner.get("/pulse/answers");
        assertEquals(200, form.statusCode(), form.body());
        return learner.postEncoded("/pulse/answers", PulseData.form(csrf(form), answers, words));
    }

    static String row(String page, String option) {
        var matcher = Pattern.compile("<tr class=\"govuk-table__row\" data-option=\"" + Pattern.quote(option)
                + "\">(.*?)</tr>", Pattern.DOTALL).matcher(page);
        assertTrue(matcher.find(), "a row for " + option);
        return matcher.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
    }

    static JsonObject admin(String path) throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(ToolUnderTest.toolUrl(path)))
                .header("Authorization", ADMIN).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        var files = new LinkedHashMap<String, String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void aLearnerAnswersOnceAQuarterAndMayChangeTheirAnswersUntilItEnds() throws Exception {
        var learner = TestLaunch.fromPractice("northmoor", "northmoor-children", "northmoor-learner-21");
        long deployment = InsightData.deploymentOf(PulseData.course("northmoor-children"));
        long person = InsightData.person("northmoor-learner-21", deployment);
        var quarter = PulseData.currentQuarter();

        assertTrue(learner.get("/learn").body().contains("id=\"to-pulse\""), "the home page offers the pulse");
        var start = learner.get("/pulse");
        assertEquals(200, start.statusCode(), start.body());
        assertTrue(start.body().contains("Start now"));
        assertTrue(start.body().contains("Nobody sees your own answers"));
        assertTrue(start.body().contains("never shown to anyone else"));

        var sent = answer(learner, TYPICAL, Map.of());
        assertEquals(303, sent.statusCode(), sent.body());
        assertTrue(sent.headers().firstValue("Location").orElseThrow().contains("/pulse?saved=true"));
        assertEquals(1, count("from pulse_response where user_ref = ? and quarter = ?", person, quarter));
        assertEquals(10, count("from pulse_answer a join pulse_response r on r.id = a.response_ref where r.user_ref = ?",
                person));
        var answered = learner.get("/pulse?saved=true").body();
        assertTrue(answered.contains("Your answers are saved"));
        assertTrue(answered.contains("You answered on"));
        assertTrue(answered.contains("Change your answers"));

        var mine = learner.get("/pulse/answers").body();
        assertTrue(mine.contains("value=\"work-computer\" checked"), "the form shows the learner's own answers");
        var changed = answer(learner, PulseData.typicalBut("devices", List.of("work-phone", "other")),
                Map.of("devices", "A pager, mine alone"));
        assertEquals(303, changed.statusCode(), changed.body());
        assertEquals(1, count("from pulse_response where user_ref = ?", person), "still one response this quarter");
        assertEquals(0, count("from pulse_answer a join pulse_response r on r.id = a.response_ref where r.user_ref = ? "
                + "and a.option_id = 'work-computer'", person), "the earlier answer was replaced");
        assertEquals(1, count("from pulse_answer a join pulse_response r on r.id = a.response_ref where r.user_ref = ? "
                + "and a.free_text = 'A pager, mine alone'", person));
        assertTrue(learner.get("/pulse/answers").body().contains("A pager, mine alone"), "the writer sees their words");

        var export = HTTP.send(HttpRequest.newBuilder(URI.create(learner.url("/learn/record/my-data"))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, export.statusCode());
        var files = unzip(export.body());
        assertTrue(files.get("practice_pulse_answers.json").contains("A pager, mine alone"), files.keySet().toString());
        assertTrue(files.get("practice_pulse_answers.csv").contains(quarter + ","));
    }

    @Test
    void refusedInputStoresNothing() {
        var learner = TestLaunch.fromPractice("northmoor", "northmoor-children", "northmoor-learner-22");
        long deployment = InsightData.deploymentOf(PulseData.course("northmoor-children"));
        long person = InsightData.person("northmoor-learner-22", deployment);

        var tooLong = answer(learner, PulseData.typicalBut("devices", List.of("other")), Map.of("devices", "x".repeat(501)));
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.body().contains("must be 500 characters or fewer"), tooLong.body());
        assertTrue(tooLong.body().contains("govuk-error-summary"));
        var unknown = answer(learner, PulseData.typicalBut("devices", List.of("work-computer", "typewriter")), Map.of());
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("&#39;typewriter&#39; is not an option") || unknown.body()
                .contains("'typewriter' is not an option"), unknown.body());
        var missing = new LinkedHashMap<>(TYPICAL);
        missing.remove("helped");
        var incomplete = answer(learner, missing, Map.of());
        assertEquals(400, incomplete.statusCode());
        assertTrue(incomplete.body().contains("Select at least one answer to"), incomplete.body());
        var tooMany = answer(learner, PulseData.typicalBut("support-wanted",
                List.of("it-kit", "legal-advice", "peer-support", "supervision")), Map.of());
        assertEquals(400, tooMany.statusCode());
        var noneAndMore = answer(learner, PulseData.typicalBut("met-online", List.of("none", "child-harmed")), Map.of());
        assertEquals(400, noneAndMore.statusCode());
        // Like every form of the tool, one without its CSRF token is refused as expired (CurrentSession.checkCsrf).
        var noCsrf = learner.postEncoded("/pulse/answers", PulseData.form(null, TYPICAL, Map.of()));
        assertEquals(403, noCsrf.statusCode());
        assertEquals(0, count("from pulse_response where user_ref = ?", person), "nothing was stored");

        var lead = TestLaunch.fromPractice("northmoor", "northmoor-children", "northmoor-lead");
        var page = lead.get("/insight/pulse?quarter=2002-Q2");
        var longAction = lead.post("/insight/pulse/action", csrf(page), Map.of("quarter", "2002-Q2",
                "action", "y".repeat(2001)));
        assertEquals(400, longAction.statusCode());
        assertTrue(longAction.body().contains("must be 2000 characters or fewer"), longAction.body());
        assertEquals(403, lead.post("/insight/pulse/action", null, Map.of("quarter", "2002-Q2", "action", "Fine"))
                .statusCode());
        assertEquals(400, lead.post("/insight/pulse/action", csrf(page), Map.of("quarter", "soon", "action", "Fine"))
                .statusCode());
        assertEquals(0, count("from pulse_action where deployment_ref = ? and quarter = '2002-Q2'", deployment));
        assertEquals(400, lead.get("/insight/pulse?quarter=next").statusCode());
        assertEquals(404, lead.get("/insight/pulse?quarter=2999-Q1").statusCode());
    }

    @Test
    void aLeadSeesNothingUntilFivePeopleHaveAnsweredThenCountsAndShares() {
        long southvale = PulseData.council("southvale");
        long children = PulseData.course("southvale-children");
        PulseData.responses(southvale, children, "2001-Q1", 4, TYPICAL, null);
        var lead = TestLaunch.fromPractice("southvale", "southvale-children", "southvale-lead");
        var trainer = TestLaunch.fromPractice("southvale", "southvale-children", "southvale-trainer");

        var four = lead.get("/insight/pulse?quarter=2001-Q1");
        assertEquals(200, four.statusCode(), four.body());
        assertTrue(four.body().contains("id=\"not-enough\""));
        assertFalse(lead.get("/insight/pulse").body().contains("<option value=\"2001-Q1\""),
                "the list of quarters does not say that someone answered in it");
        assertFalse(four.body().contains("dp-people\">4<"), "no count of four anywhere");
        assertFalse(four.body().contains("id=\"most-asked\""));
        var fourCsv = lead.get("/insight/pulse/figures.csv?quarter=2001-Q1");
        assertEquals(200, fourCsv.statusCode());
        assertTrue(fourCsv.body().contains("work-computer,A work laptop or computer,,,,,fewer than 5 people: not shown"),
                fourCsv.body());
        assertFalse(fourCsv.body().contains(",4,"), fourCsv.body());
        assertTrue(trainer.get("/author/pulse?quarter=2001-Q1").body().contains("id=\"not-enough\""));

        PulseData.responses(southvale, children, "2001-Q1", 1, TYPICAL, null);
        var five = lead.get("/insight/pulse?quarter=2001-Q1").body();
        assertFalse(five.contains("id=\"not-enough\""));
        assertTrue(five.contains("id=\"respondents\">5<"), "five people answered");
        assertTrue(five.contains("<option value=\"2001-Q1\" selected>January to March 2001</option>"));
        assertTrue(lead.get("/insight/pulse").body().contains("<option value=\"2001-Q1\">January to March 2001</option>"),
                "now listed to choose from");
        assertEquals("A work laptop or computer 5 100%", row(five, "work-computer"));
        assertEquals("A work mobile phone Not shown", row(five, "work-phone"), "nobody chose it: fewer than five");
        assertTrue(five.contains("data-option=\"training-children\"><strong>Training on online harm to children"),
                "the support most asked for");
        assertTrue(five.contains("Online harm to children</a>"), "with the module that meets it");
        assertTrue(five.contains("id=\"chart-devices\""), "a chart beside the table");
        assertTrue(lead.get("/insight/pulse/figures.csv?quarter=2001-Q1").body()
                .contains("work-computer,A work laptop or computer,5,100,"));
        var pdf = lead.get("/insight/pulse/report.pdf?quarter=2001-Q1");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(pdf.body().startsWith("%PDF"));
        var asked = trainer.get("/author/pulse?quarter=2001-Q1").body();
        assertEquals("Training on online harm to children 5 100%", row(asked, "training-children"));
        assertTrue(asked.contains("/author/modules/online-harm-children"), "trainers go to the module from here");

        var course = lead.get("/insight/pulse?quarter=2001-Q1&course=" + children).body();
        assertTrue(course.contains("id=\"respondents\">5<"), "all five answered from the children's course");
        TestLaunch.fromPractice("southvale", "southvale-adults", "southvale-lead");
        var adults = lead.get("/insight/pulse?quarter=2001-Q1&course=" + PulseData.course("southvale-adults")).body();
        assertTrue(adults.contains("id=\"not-enough\""), "nobody answered from the adults' course");
    }

    @Test
    void otherCouncilsAppearOnlyBesideThreeOthersWithFiveResponsesEach() {
        var quarter = "2001-Q2";
        PulseData.responses(PulseData.council("northmoor"), null, quarter, 5, TYPICAL, null);
        PulseData.responses(PulseData.council("eastbrook"), null, quarter, 5, TYPICAL, null);
        PulseData.responses(PulseData.council("westfold"), null, quarter, 5, TYPICAL, null);
        long southvale = PulseData.council("southvale");
        PulseData.responses(southvale, null, quarter, 4, TYPICAL, null);
        var northmoor = TestLaunch.fromPractice("northmoor", "northmoor-children", "northmoor-lead");

        var twoOthers = northmoor.get("/insight/pulse?quarter=" + quarter).body();
        assertTrue(twoOthers.contains("id=\"respondents\">5<"));
        assertTrue(twoOthers.contains("Not shown for this quarter"), "Southvale's four do not make a third council");
        assertFalse(twoOthers.contains("Other councils: share"));
        assertTrue(northmoor.get("/insight/pulse/figures.csv?quarter=" + quarter).body()
                .contains("work-computer,A work laptop or computer,5,100,,,other councils: shown only when"));

        PulseData.responses(southvale, null, quarter, 1, TYPICAL, null);
        var threeOthers = northmoor.get("/insight/pulse?quarter=" + quarter).body();
        assertTrue(threeOthers.contains("Other councils: share"));
        assertTrue(threeOthers.contains("15 people, in the other councils"), "Eastbrook, Westfold and Southvale");
        assertEquals("A work laptop or computer 5 100% 100%", row(threeOthers, "work-computer"));
        for (var name : List.of("Eastbrook", "Westfold", "Southvale", "Ashby")) {
            assertFalse(threeOthers.contains(name), "no other council is named: " + name);
        }
        assertTrue(northmoor.get("/insight/pulse/figures.csv?quarter=" + quarter).body()
                .contains("work-computer,A work laptop or computer,5,100,15,100,"));

        var ashby = TestLaunch.fromPractice("ashby", "ashby-children", "ashby-lead");
        var none = ashby.get("/insight/pulse?quarter=" + quarter).body();
        assertTrue(none.contains("id=\"not-enough\""), "Ashby has no answers of its own");
        assertTrue(none.contains("20 people, in the other councils"), "but four others of five each");
    }

    @Test
    void noRoleReachesOnePersonsAnswersByAnyAddressParameterOrExport() throws Exception {
        var quarter = "2001-Q3";
        long eastbrook = PulseData.council("eastbrook");
        var words = "Private words " + InsightData.run();
        var ids = new ArrayList<Long>();
        for (int i = 0; i < 5; i++) {
            var answers = i == 0 ? PulseData.typicalBut("support-wanted", List.of("legal-advice", "other")) : TYPICAL;
            var seeded = PulseData.response(eastbrook, null, quarter, answers, words);
            ids.add(seeded[0]);
            ids.add(seeded[1]);
        }
        var lead = TestLaunch.fromPractice("eastbrook", "eastbrook-children", "eastbrook-lead");
        var trainer = TestLaunch.fromPractice("eastbrook", "eastbrook-children", "eastbrook-trainer");
        var learner = TestLaunch.fromPractice("eastbrook", "eastbrook-children", "eastbrook-learner-05");

        var page = lead.get("/insight/pulse?quarter=" + quarter).body();
        assertEquals("Easier access to legal advice Not shown", row(page, "legal-advice"),
                "the one person who asked for legal advice cannot be seen");
        for (var who : List.of(lead, trainer, learner)) {
            var paths = new ArrayList<>(List.of("/pulse", "/pulse/answers", "/learn/record",
                    "/insight/pulse?quarter=" + quarter, "/insight/pulse/figures.csv?quarter=" + quarter,
                    "/author/pulse?quarter=" + quarter));
            for (var id : ids) {
                paths.addAll(List.of("/pulse?response=" + id, "/pulse/answers?person=" + id, "/pulse/" + id,
                        "/pulse/responses/" + id, "/insight/pulse/" + id, "/insight/pulse/responses/" + id,
                        "/insight/pulse?quarter=" + quarter + "&person=" + id + "&response=" + id,
                        "/insight/pulse?quarter=" + quarter + "&course=" + id,
                        "/insight/pulse/figures.csv?quarter=" + quarter + "&person=" + id,
                        "/author/pulse?quarter=" + quarter + "&person=" + id, "/author/pulse/" + id));
            }
            for (var path : paths) {
                var response = who.get(path);
                assertFalse(response.body().contains(words), path + " shows someone's own words");
                assertFalse(response.body().contains("Pulse Person"), path + " names someone who answered");
                assertTrue(List.of(200, 403, 404).contains(response.statusCode()), path + ": " + response.statusCode());
            }
        }
        assertEquals(403, learner.get("/insight/pulse").statusCode());
        assertEquals(403, trainer.get("/insight/pulse").statusCode());
        assertEquals(403, learner.get("/author/pulse").statusCode());
        assertEquals(403, lead.get("/pulse/answers").statusCode());
        assertEquals(404, lead.get("/insight/pulse?quarter=" + quarter + "&course=" + ids.get(0)).statusCode());
        var export = HTTP.send(HttpRequest.newBuilder(URI.create(learner.url("/learn/record/my-data"))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertFalse(String.join("\n", unzip(export.body()).values()).contains(words), "not in another's export");
    }

    @Test
    void councilsNeverSeeEachOthersFiguresCoursesOrWords() {
        var quarter = "2001-Q4";
        long eastbrook = PulseData.council("eastbrook");
        long eastbrookCourse = PulseData.course("eastbrook-children");
        PulseData.responses(eastbrook, eastbrookCourse, quarter, 5, TYPICAL, null);
        var eastbrookLead = TestLaunch.fromPractice("eastbrook", "eastbrook-children", "eastbrook-lead");
        var page = eastbrookLead.get("/insight/pulse?quarter=" + quarter);
        var saved = eastbrookLead.post("/insight/pulse/action", csrf(page), Map.of("quarter", quarter,
                "action", "Eastbrook is buying new phones"));
        assertEquals(303, saved.statusCode(), saved.body());

        var northmoor = TestLaunch.fromPractice("northmoor", "northmoor-children", "northmoor-lead");
        var own = northmoor.get("/insight/pulse?quarter=" + quarter).body();
        assertTrue(own.contains("id=\"not-enough\""), "Eastbrook's five are not Northmoor's");
        assertTrue(own.contains("Not shown for this quarter"), "one other council is not enough to compare");
        assertFalse(own.contains("Eastbrook is buying new phones"));
        assertEquals(404, northmoor.get("/insight/pulse?quarter=" + quarter + "&course=" + eastbrookCourse).statusCode());
        assertEquals(404, northmoor.get("/insight/pulse/figures.csv?quarter=" + quarter + "&course=" + eastbrookCourse)
                .statusCode());
        assertEquals(404, northmoor.get("/insight/pulse/report.pdf?quarter=" + quarter + "&course=" + eastbrookCourse)
                .statusCode());
        var form = northmoor.get("/insight/pulse?quarter=" + quarter);
        assertEquals(404, northmoor.post("/insight/pulse/action", csrf(form), Map.of("quarter", quarter,
                "course", String.valueOf(eastbrookCourse), "action", "Not ours")).statusCode());
        assertEquals(0, count("from pulse_action where action_text = 'Not ours'"));

        var northmoorLearner = TestLaunch.fromPractice("northmoor", "northmoor-children", "northmoor-learner-23");
        assertFalse(northmoorLearner.get("/pulse").body().contains("Eastbrook is buying new phones"));
        var eastbrookLearner = TestLaunch.fromPractice("eastbrook", "eastbrook-children", "eastbrook-learner-06");
        var start = eastbrookLearner.get("/pulse").body();
        assertTrue(start.contains("Eastbrook is buying new phones"), "Eastbrook's own learners read it");
        assertTrue(start.contains("October to December 2001"));
    }

    @Test
    void ownWordsGoWhenTheQuarterEndsOrThePersonIsErasedAndTheAnswersStayForTheTotals() throws Exception {
        long ashby = PulseData.council("ashby");
        var ended = PulseData.response(ashby, null, "2002-Q1", PulseData.typicalBut("devices", List.of("other")),
                "Words from an ended quarter");
        var current = PulseData.response(ashby, null, PulseData.currentQuarter(),
                PulseData.typicalBut("devices", List.of("other")), "Words from this quarter");

        InsightData.update("update cluster_lock set last_run = null where name = 'retention'");
        var run = admin("/admin/retention/run");
        assertTrue(run.getJsonObject("removed").getInt("pulseFreeTexts") >= 1, run.toString());
        assertEquals(0, count("from pulse_answer where response_ref = ? and free_text is not null", ended[1]));
        assertEquals(1, count("from pulse_answer where response_ref = ? and option_id = 'other'", ended[1]),
                "the answer itself stays for the totals");
        assertEquals(1, count("from pulse_answer where response_ref = ? and free_text = 'Words from this quarter'",
                current[1]), "the quarter is still open: the writer may still change them");

        var erased = admin("/admin/people/" + current[0] + "/erase");
        assertEquals(1, erased.getJsonObject("removed").getInt("pulseFreeText"), erased.toString());
        assertEquals(0, count("from pulse_answer where response_ref = ? and free_text is not null", current[1]));
        assertEquals(10, count("from pulse_answer where response_ref = ?", current[1]), "the answers stay");
        assertEquals(0, count("from app_user where id = ? and display_name is not null", current[0]), "unnamed");
    }
}
