package org.digitalpractice.assessment;

import org.digitalpractice.testing.WithTestPlatform;
import org.digitalpractice.assessment.framework.Framework;
import org.digitalpractice.assessment.framework.FrameworkReader;
import org.digitalpractice.catalogue.PcfDomain;
import org.digitalpractice.testing.LaunchClient;
import org.digitalpractice.testing.TestLaunch;
import org.digitalpractice.testing.ToolUnderTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.digitalpractice.testing.TestLaunch.csrf;
import static org.digitalpractice.testing.TestLaunch.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The self-assessment over HTTP against the deployed tool: saving and resuming, submitting, the history of retakes,
 * the gradebook setting per placement, framework versions, and every refusal.
 */
public class SelfAssessmentIT extends WithTestPlatform {

    static final Framework FRAMEWORK = read(Path.of("modules"));
    static final String ROLES = "https://purl.imsglobal.org/spec/lti/claim/roles";
    static final String LINK = "https://purl.imsglobal.org/spec/lti/claim/resource_link";

    static Framework read(Path modules) {
        try {
            return FrameworkReader.checkingModulesIn(modules).read(Files.readString(modules.resolve(FrameworkReader.FILE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String subject() {
        return "learner-" + UUID.randomUUID();
    }

    static TestLaunch trainer(String link) {
        return TestLaunch.as(platform, "trainer-" + UUID.randomUUID(), c -> c
                .claim(ROLES, List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"))
                .claim(LINK, Map.of("id", link, "title", "Self-assessment")));
    }

    static HttpResponse<String> start(TestLaunch learner) {
        var intro = learner.get("/assess");
        assertEquals(200, intro.statusCode(), intro.body());
        var started = learner.post("/assess/start", csrf(intro), Map.of());
        assertEquals(303, started.statusCode(), started.body());
        return started;
    }

    /** Rates every statement of an area with {@code rating} and answers its scenarios, the best option or not. */
    static HttpResponse<String> answerArea(TestLaunch learner, Framework.Domain area, String rating, boolean best) {
        var page = learner.get("/assess/areas/" + area.code());
        assertEquals(200, page.statusCode(), page.body());
        var form = new LinkedHashMap<String, String>();
        area.statements().forEach(s -> form.put("rating-" + s.code(), rating));
        area.scenarios().forEach(s -> form.put("scenario-" + s.id(),
                String.valueOf(best ? s.correctOption() : (s.correctOption() + 1) % s.options().size())));
        form.put("action", "continue");
        return learner.post("/assess/areas/" + area.code(), csrf(page), form);
    }

    static void answerEveryArea(TestLaunch learner, String rating) {
        for (var area : FRAMEWORK.domains()) {
            assertEquals(303, answerArea(learner, area, rating, true).statusCode());
        }
    }

    static HttpResponse<String> answerYourPractice(TestLaunch learner, String other) {
        var page = learner.get("/assess/your-practice");
        assertEquals(200, page.statusCode(), page.body());
        return learner.postEncoded("/assess/your-practice", "csrf=" + encode(csrf(page))
                + "&practice-use=video-calls&practice-use=email&practice-use=not-an-option"
                + "&practice-challenges=no-time&other-support=" + encode(other));
    }

    static HttpResponse<String> submit(TestLaunch learner) {
        var check = learner.get("/assess/check");
        assertEquals(200, check.statusCode(), check.body());
        return learner.post("/assess/submit", csrf(check), Map.of());
    }

    public static void takeWholeAssessment(TestLaunch learner, String rating) {
        start(learner);
        answerEveryArea(learner, rating);
        assertEquals(303, answerYourPractice(learner, "").statusCode());
        var submitted = submit(learner);
        assertEquals(303, submitted.statusCode(), submitted.body());
        assertTrue(LaunchClient.location(submitted).contains("/assess/report"), LaunchClient.location(submitted));
    }

    /** The attempts of one learner, oldest first: status, grade mode, score given and maximum, placement. */
    static List<Map<String, Object>> attempts(String subject) throws SQLException {
        try (var connection = ToolUnderTest.connect();
             var query = connection.prepareStatement("select a.status, a.grade_mode, a.score_given, a.score_maximum, "
                     + "a.placement_ref, a.id from assessment_attempt a join app_user u on u.id = a.user_ref "
                     + "where u.subject = ? order by a.attempt_number")) {
            query.setString(1, subject);
            try (var rows = query.executeQuery()) {
                var result = new java.util.ArrayList<Map<String, Object>>();
                while (rows.next()) {
                    var row = new HashMap<String, Object>();
                    row.put("status", rows.getString(1));
                    row.put("grade_mode", rows.getString(2));
                    row.put("score_given", rows.getObject(3));
                    row.put("score_maximum", rows.getObject(4));
                    row.put("placement_ref", rows.getObject(5));
                    row.put("id", rows.getLong(6));
                    result.add(row);
                }
                return result;
            }
        }
    }

    static long count(String table, String subject) throws SQLException {
        try (var connection = ToolUnderTest.connect();
             var query = connection.prepareStatement("select count(*) from " + table + " x "
                     + "join assessment_attempt a on a.id = x.attempt_ref join app_user u on u.id = a.user_ref "
                     + "where u.subject = ?")) {
            query.setString(1, subject);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    static HttpResponse<String> reload(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create(ToolUnderTest.toolUrl("/admin/self-assessment/reload")))
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Whether the page shows the radio or checkbox {@code name} with {@code value} as chosen. */
    static boolean checked(String html, String name, String value) {
        return java.util.regex.Pattern.compile("<input [^>]*name=\"" + name + "\"[^>]*value=\"" + value
                + "\"[^>]*checked").matcher(html).find();
    }

    static Path frameworkFile() {
        return Path.of(System.getProperty("it.modules"), FrameworkReader.FILE);
    }

    @Test
    void aLearnerSavesPartWayResumesOnAnotherLaunchAndSubmits() throws Exception {
        var subject = subject();
        var first = TestLaunch.learner(platform, subject);
        start(first);
        var a = FRAMEWORK.domains().get(0);
        var b = FRAMEWORK.domains().get(1);
        assertEquals(303, answerArea(first, a, "2", true).statusCode());
        var page = first.get("/assess/areas/" + b.code());
        var saved = first.post("/assess/areas/" + b.code(), csrf(page), Map.of(
                "rating-" + b.statements().get(0).code(), "na", "action", "save"));
        assertEquals(303, saved.statusCode(), saved.body());
        assertTrue(LaunchClient.location(saved).contains("/assess?saved=true"), LaunchClient.location(saved));
        assertEquals(a.statements().size() + 1, count("assessment_rating", subject));

        // Another day, another device: a new launch with no cookie, only the database remembers.
        var later = TestLaunch.learner(platform, subject);
        var intro = later.get("/assess");
        int answered = a.statements().size() + a.scenarios().size() + 1;
        int questions = FRAMEWORK.statementCount() + FRAMEWORK.scenarioCount();
        assertTrue(intro.body().contains("You have answered " + answered + " of " + questions + " questions."),
                intro.body());
        var resume = later.get("/assess/continue");
        assertEquals(303, resume.statusCode());
        assertTrue(LaunchClient.location(resume).contains("/assess/areas/" + b.code() + "?"),
                LaunchClient.location(resume));
        var bPage = later.get("/assess/areas/" + b.code());
        assertTrue(checked(bPage.body(), "rating-" + b.statements().get(0).code(), "na"),
                "the saved answer is shown again");

        for (var area : FRAMEWORK.domains().subList(1, FRAMEWORK.domains().size())) {
            assertEquals(303, answerArea(later, area, "1", true).statusCode());
        }
        assertEquals(303, answerYourPractice(later, "Time in supervision, please.").statusCode());
        var check = later.get("/assess/check");
        assertFalse(check.body().contains("Not answered</strong>"), "every question is answered");
        assertTrue(check.body().contains("Time in supervision, please."));
        assertEquals(303, later.post("/assess/submit", csrf(check), Map.of()).statusCode());

        var rows = attempts(subject);
        assertEquals(1, rows.size());
        assertEquals("SUBMITTED", rows.get(0).get("status"));
        assertEquals("completion", rows.get(0).get("grade_mode"), "completion is the default");
        assertEquals(1, ((Number) rows.get(0).get("score_given")).intValue());
        assertEquals(1, ((Number) rows.get(0).get("score_maximum")).intValue());
        assertTrue(rows.get(0).get("placement_ref") != null, "kept for the gradebook");
        var report = later.get("/assess/report");
        assertEquals(200, report.statusCode());
        assertTrue(report.body().contains("Your digital capability profile"));
        assertTrue(report.body().contains("This is your first self-assessment."));
    }

    @Test
    void yourPracticeKeepsOnlyTheFrameworksOptionsInItsOrder() throws Exception {
        var subject = subject();
        var learner = TestLaunch.learner(platform, subject);
        start(learner);
        assertEquals(303, answerYourPractice(learner, "  Peer support.  ").statusCode());
        try (var connection = ToolUnderTest.connect();
             var query = connection.prepareStatement("select p.question_id, p.option_ids, p.other_text "
                     + "from assessment_practice_answer p join assessment_attempt a on a.id = p.attempt_ref "
                     + "join app_user u on u.id = a.user_ref where u.subject = ? order by p.question_id")) {
            query.setString(1, subject);
            try (var rows = query.executeQuery()) {
                var stored = new LinkedHashMap<String, String>();
                while (rows.next()) {
                    stored.put(rows.getString(1), rows.getString(2) + "|" + rows.getString(3));
                }
                assertEquals(Map.of("use", "video-calls,email|null", "challenges", "no-time|null",
                        "support", "|Peer support."), stored);
            }
        }
    }

    @Test
    void retakesAreKeptAsHistoryAndTheReportShowsChange() {
        var learner = TestLaunch.learner(platform, subject());
        takeWholeAssessment(learner, "1");
        takeWholeAssessment(learner, "2");

        var history = learner.get("/assess/history");
        assertEquals(200, history.statusCode());
        assertTrue(history.body().contains("id=\"attempt-1\""));
        assertTrue(history.body().contains("id=\"attempt-2\""));
        assertTrue(history.body().indexOf("attempt-2") < history.body().indexOf("attempt-1"), "newest first");
        assertTrue(history.body().contains("1.0 out of 3") && history.body().contains("2.0 out of 3"));

        var latest = learner.get("/assess/report");
        assertTrue(latest.body().contains("attempt 2"), "the latest report is attempt 2");
        assertTrue(latest.body().contains(">Up 1.0<"), "every area went from 1.0 to 2.0");
        var first = FRAMEWORK.domains().get(0).statements().get(0);
        assertTrue(latest.body().contains("data-statement=\"" + first.code() + "\">" + first.pcf().stream()
                .map(PcfDomain::label).collect(Collectors.joining(", ")) + "<"), "each rating with its PCF domains");
        assertFalse(latest.body().contains("This is an earlier self-assessment."));

        var earlier = learner.get("/assess/report/1");
        assertEquals(200, earlier.statusCode());
        assertTrue(earlier.body().contains("This is an earlier self-assessment."));
        assertTrue(earlier.body().contains("This is your first self-assessment."));
    }

    @Test
    void aReportOfNoSubmittedAttemptIs404() {
        var learner = TestLaunch.learner(platform, subject());
        start(learner);
        var response = learner.get("/assess/report/1");
        assertEquals(404, response.statusCode(), "attempt 1 is in progress, not submitted");
        assertTrue(response.body().contains("You have no submitted self-assessment number 1."));
        assertEquals(303, learner.get("/assess/report").statusCode(), "no profile yet: back to the introduction");
    }

    @Test
    void submittingTwiceSubmitsOnce() throws Exception {
        var subject = subject();
        var learner = TestLaunch.learner(platform, subject);
        start(learner);
        answerEveryArea(learner, "2");
        var check = learner.get("/assess/check");
        assertEquals(303, learner.post("/assess/submit", csrf(check), Map.of()).statusCode());
        var again = learner.post("/assess/submit", csrf(check), Map.of());
        assertEquals(303, again.statusCode(), "the second click shows the profile");
        assertEquals(List.of("SUBMITTED"), attempts(subject).stream().map(r -> r.get("status")).toList());
    }

    @Test
    void aPlacementSetToScoreGetsTheMeanRatingAsAPercentage() throws Exception {
        var link = "it-link-score-" + UUID.randomUUID();
        var trainer = trainer(link);
        var setup = trainer.get("/author/self-assessment");
        assertEquals(200, setup.statusCode(), setup.body());
        var saved = trainer.post("/author/self-assessment/gradebook", csrf(setup), Map.of("mode", "score"));
        assertEquals(303, saved.statusCode(), saved.body());
        assertTrue(checked(trainer.get("/author/self-assessment?saved=gradebook").body(), "mode", "score"));

        var subject = subject();
        var learner = TestLaunch.as(platform, subject, c -> c.claim(LINK, Map.of("id", link)));
        takeWholeAssessment(learner, "2");
        var row = attempts(subject).get(0);
        assertEquals("score", row.get("grade_mode"));
        assertEquals(67, ((Number) row.get("score_given")).intValue(), "a mean of 2 of 3");
        assertEquals(100, ((Number) row.get("score_maximum")).intValue());
    }

    @Test
    void aGradebookSettingThatIsNotAnOptionIsRefused() {
        var trainer = trainer("it-link-" + UUID.randomUUID());
        var setup = trainer.get("/author/self-assessment");
        var response = trainer.post("/author/self-assessment/gradebook", csrf(setup), Map.of("mode", "percentage"));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("There is a problem"));
        assertTrue(response.body().contains("Select what the gradebook receives"));
    }

    @Test
    void aFormWithoutItsCsrfTokenChangesNothing() throws Exception {
        var subject = subject();
        var learner = TestLaunch.learner(platform, subject);
        start(learner);
        var area = FRAMEWORK.domains().get(0);
        var response = learner.post("/assess/areas/" + area.code(), null, Map.of(
                "rating-" + area.statements().get(0).code(), "3", "action", "continue"));
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("This form has expired"));
        assertEquals(0, count("assessment_rating", subject));

        var trainer = trainer("it-link-" + UUID.randomUUID());
        var refused = trainer.post("/author/self-assessment/gradebook", "forged", Map.of("mode", "score"));
        assertEquals(403, refused.statusCode());
        assertTrue(checked(trainer.get("/author/self-assessment").body(), "mode", "completion"),
                "still the default");
    }

    @Test
    void everyLearnersFormRefusesAMissingCsrfToken() throws Exception {
        var subject = subject();
        var learner = TestLaunch.learner(platform, subject);
        var refused = learner.post("/assess/start", null, Map.of());
        assertEquals(403, refused.statusCode());
        assertEquals(List.of(), attempts(subject), "no attempt was started");
        start(learner);
        for (var path : List.of("/assess/your-practice", "/assess/submit", "/assess/start")) {
            var response = learner.post(path, null, Map.of("practice-use", "email"));
            assertEquals(403, response.statusCode(), path);
            assertTrue(response.body().contains("This form has expired"), path);
        }
        assertEquals(0, count("assessment_practice_answer", subject));
        assertEquals(List.of("IN_PROGRESS"), attempts(subject).stream().map(r -> r.get("status")).toList());
    }

    @Test
    void aSubmittedAttemptCannotBeChanged() throws Exception {
        var subject = subject();
        var learner = TestLaunch.learner(platform, subject);
        takeWholeAssessment(learner, "2");
        var area = FRAMEWORK.domains().get(0);
        var intro = learner.get("/assess");
        var response = learner.post("/assess/areas/" + area.code(), csrf(intro), Map.of(
                "rating-" + area.statements().get(0).code(), "0", "action", "continue"));
        assertEquals(409, response.statusCode());
        assertTrue(response.body().contains("You have already submitted this self-assessment"));
        try (var connection = ToolUnderTest.connect();
             var query = connection.prepareStatement("select count(*) from assessment_rating r "
                     + "join assessment_attempt a on a.id = r.attempt_ref join app_user u on u.id = a.user_ref "
                     + "where u.subject = ? and r.rating = '0'")) {
            query.setString(1, subject);
            try (var rows = query.executeQuery()) {
                rows.next();
                assertEquals(0, rows.getLong(1), "the submitted ratings are unchanged");
            }
        }
    }

    @Test
    void aTrainerWhoCameWithoutALinkHasNoGradebookToSet() {
        var lti = "https://purl.imsglobal.org/spec/lti/claim/";
        var trainer = TestLaunch.as(platform, "trainer-" + UUID.randomUUID(), c -> c
                .claim(ROLES, List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"))
                .claim(lti + "message_type", "LtiDeepLinkingRequest")
                .claim(LINK, null)
                .claim("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", Map.of(
                        "deep_link_return_url", "https://lms.example/dl/return",
                        "accept_types", List.of("ltiResourceLink"))));
        var setup = trainer.get("/author/self-assessment");
        assertEquals(200, setup.statusCode(), setup.body());
        assertTrue(setup.body().contains("id=\"no-placement\""));
        var response = trainer.post("/author/self-assessment/gradebook", null, Map.of("mode", "score"));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains(
                "You did not open Digital Practice from a link in a course, so there is no gradebook to set up."));
    }

    @Test
    void missingAnswersAreRefusedWithAnErrorSummaryAndTheGivenOnesAreKept() throws Exception {
        var subject = subject();
        var learner = TestLaunch.learner(platform, subject);
        start(learner);
        var area = FRAMEWORK.domains().get(0);
        var page = learner.get("/assess/areas/" + area.code());
        var first = area.statements().get(0).code();
        var response = learner.post("/assess/areas/" + area.code(), csrf(page), Map.of(
                "rating-" + first, "3", "rating-" + area.statements().get(1).code(), "7", "action", "continue"));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("There is a problem"));
        assertTrue(response.body().contains("Select a level for statement " + area.statements().get(1).code()),
                "a value not on the scale counts as no answer");
        assertTrue(response.body().contains("Select what you would do in scenario 1 of area " + area.code()));
        assertFalse(response.body().contains("Select a level for statement " + first + "<"));
        assertTrue(checked(response.body(), "rating-" + first, "3"), "the answer given is shown again");
        assertEquals(1, count("assessment_rating", subject), "and saved");
    }

    @Test
    void submittingWithAnswersMissingIsRefusedAndNothingIsLost() throws Exception {
        var subject = subject();
        var learner = TestLaunch.learner(platform, subject);
        start(learner);
        assertEquals(303, answerArea(learner, FRAMEWORK.domains().get(0), "2", true).statusCode());
        var check = learner.get("/assess/check");
        assertTrue(check.body().contains("still to answer before you can submit"));
        var response = learner.post("/assess/submit", csrf(check), Map.of());
        assertEquals(400, response.statusCode());
        var b = FRAMEWORK.domains().get(1);
        assertTrue(response.body().contains("Select a level for statement " + b.statements().get(0).code()));
        assertEquals("IN_PROGRESS", attempts(subject).get(0).get("status"));
        assertEquals(FRAMEWORK.domains().get(0).statements().size(), count("assessment_rating", subject));
    }

    @Test
    void tooMuchTextAboutYourPracticeIsRefusedAndKeptInTheForm() throws Exception {
        var subject = subject();
        var learner = TestLaunch.learner(platform, subject);
        start(learner);
        var response = answerYourPractice(learner, "x".repeat(1001));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Your answer to ‘What would help you most?’ must be 1000 characters or fewer"),
                response.body());
        assertTrue(response.body().contains("x".repeat(1001)), "what the learner wrote is not lost");
        assertEquals(0, count("assessment_practice_answer", subject));
    }

    @Test
    void anUnknownAreaIs404() {
        var learner = TestLaunch.learner(platform, subject());
        start(learner);
        var response = learner.get("/assess/areas/Z");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("The self-assessment has no area 'Z'."));
    }

    @Test
    void trainersAndLeadsCannotOpenTheLearnersPages() {
        var trainer = trainer("it-link-" + UUID.randomUUID());
        var lead = TestLaunch.as(platform, "lead-" + UUID.randomUUID(), c -> c.claim(ROLES,
                List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor")));
        for (var person : List.of(trainer, lead)) {
            for (var path : List.of("/assess", "/assess/areas/A", "/assess/your-practice", "/assess/check",
                    "/assess/report", "/assess/report/1", "/assess/history", "/assess/continue")) {
                var response = person.get(path);
                assertEquals(403, response.statusCode(), path);
                assertTrue(response.body().contains("This page is for social workers."), path);
            }
        }
        var learner = TestLaunch.learner(platform, subject());
        assertEquals(403, learner.get("/author/self-assessment").statusCode(), "and learners cannot set it up");
        assertEquals(403, lead.get("/author/self-assessment").statusCode());
    }

    @Test
    void aLearnerPartWayKeepsTheirFrameworkVersionWhenTheFileChanges() throws Exception {
        var original = Files.readString(frameworkFile());
        var statement = FRAMEWORK.domains().get(0).statements().get(0);
        var startedEarlier = TestLaunch.learner(platform, subject());
        start(startedEarlier);
        try {
            Files.writeString(frameworkFile(), original.replace(statement.text(), "A statement only version 2 has."));
            var reload = reload("it-admin-token");
            assertEquals(200, reload.statusCode(), reload.body());
            assertTrue(reload.body().contains("\"version\":2"), reload.body());

            var page = startedEarlier.get("/assess/areas/A");
            assertTrue(page.body().contains(statement.text()), "the learner part-way keeps version 1");
            assertFalse(page.body().contains("only version 2 has"));

            var newcomer = TestLaunch.learner(platform, subject());
            start(newcomer);
            assertTrue(newcomer.get("/assess/areas/A").body().contains("A statement only version 2 has."));
        } finally {
            Files.writeString(frameworkFile(), original);
            assertTrue(reload("it-admin-token").body().contains("\"version\":1"),
                    "the original content is version 1 again");
        }
    }

    @Test
    void aBrokenFrameworkFileIsShownToTrainersAndLearnersKeepTheLastGoodVersion() throws Exception {
        var original = Files.readString(frameworkFile());
        try {
            Files.writeString(frameworkFile(), original.replace("  - code: B\n", "  - code: b\n"));
            var reload = reload("it-admin-token");
            assertEquals(200, reload.statusCode(), reload.body());
            assertTrue(reload.body().contains("\"version\":1"), "learners keep version 1: " + reload.body());

            var line = original.substring(0, original.indexOf("  - code: B\n")).lines().count() + 1;
            var problem = "self-assessment/framework.yaml line " + line + ": field 'domains[1].code' must be a single "
                    + "capital letter, not 'b'";
            assertTrue(reload.body().contains(problem), reload.body());
            var setup = trainer("it-link-" + UUID.randomUUID()).get("/author/self-assessment");
            assertTrue(setup.body().contains(problem), setup.body());
            assertTrue(setup.body().contains("Learners still get version 1 until the file is fixed."));

            var learner = TestLaunch.learner(platform, subject());
            start(learner);
            assertEquals(200, learner.get("/assess/areas/B").statusCode(), "the self-assessment still works");
        } finally {
            Files.writeString(frameworkFile(), original);
            assertTrue(reload("it-admin-token").body().contains("\"problems\":[]"));
        }
    }

    @Test
    void reloadingTheFrameworkNeedsTheAdminToken() throws Exception {
        var response = reload("wrong-token");
        assertEquals(401, response.statusCode());
        assertTrue(response.body().contains("Authorization: Bearer"));
    }

    @Test
    void theLearnersHomeAndTheTrainersHomeLinkToTheSelfAssessment() {
        var home = TestLaunch.learner(platform, subject()).get("/learn");
        assertTrue(home.body().contains("id=\"to-self-assessment\""));
        var trainerHome = trainer("it-link-" + UUID.randomUUID()).get("/author");
        assertTrue(trainerHome.body().contains("href=\"/author/self-assessment?s="));
    }
}
