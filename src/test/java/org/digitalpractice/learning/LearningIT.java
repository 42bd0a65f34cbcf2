package org.digitalpractice.learning;

import org.digitalpractice.testing.ModuleSteps;
import org.digitalpractice.testing.WithTestPlatform;
import org.digitalpractice.catalogue.ModuleReader;
import org.digitalpractice.catalogue.TrainingModule;
import org.digitalpractice.testing.LaunchClient;
import org.digitalpractice.testing.TestLaunch;
import org.digitalpractice.testing.ToolUnderTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.digitalpractice.testing.TestLaunch.csrf;
import static org.digitalpractice.testing.TestLaunch.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The learner's journey over HTTP: progress, completion rules, versions, the CPD record, and bad input. */
class LearningIT extends WithTestPlatform {

    static final String SLUG = "digital-professionalism";
    static final TrainingModule MODULE = new ModuleReader().read(Path.of("modules", SLUG));
    static final String BASE = "/learn/modules/" + SLUG;

    static TestLaunch newLearner() {
        return TestLaunch.learner(platform, "learner-" + UUID.randomUUID());
    }

    static void readAllLessons(TestLaunch learner) {
        for (var lesson : MODULE.lessons()) {
            ModuleSteps.readLesson(learner, SLUG, lesson.number());
        }
    }

    static void playScenarioBestPath(TestLaunch learner) {
        var scenario = MODULE.scenario();
        var step = scenario.step(scenario.start()).orElseThrow();
        while (true) {
            var page = learner.get(BASE + "/scenario");
            var best = String.valueOf(step.choices().indexOf(step.bestChoice()));
            var chosen = learner.post(BASE + "/scenario", csrf(page), Map.of("step", step.id(), "choice", best));
            assertEquals(303, chosen.statusCode(), chosen.body());
            if (step.bestChoice().ends()) {
                return;
            }
            step = scenario.step(step.bestChoice().next()).orElseThrow();
        }
    }

    static HttpResponse<String> passCheck(TestLaunch learner) {
        var page = learner.get(BASE + "/check");
        var body = new StringBuilder("csrf=" + encode(csrf(page)));
        for (var question : MODULE.check().questions()) {
            for (int i = 0; i < question.options().size(); i++) {
                if (question.options().get(i).correct()) {
                    body.append("&answer-").append(question.id()).append("=").append(i);
                }
            }
        }
        return learner.postEncoded(BASE + "/check", body.toString());
    }

    @Test
    void twoTabsSubmittingTheCheckAtOnceAreBothCountedWithoutAnError() throws Exception {
        var learner = newLearner();
        readAllLessons(learner);
        var page = learner.get(BASE + "/check");
        var body = new StringBuilder("csrf=" + encode(csrf(page)));
        for (var question : MODULE.check().questions()) {
            body.append("&answer-").append(question.id()).append("=0");
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                var tabs = java.util.List.of(pool.submit(() -> learner.postEncoded(BASE + "/check", body.toString())),
                        pool.submit(() -> learner.postEncoded(BASE + "/check", body.toString())));
                for (var tab : tabs) {
                    assertEquals(303, tab.get().statusCode(), "each tab's submission is recorded, none fails");
                }
            }
        } finally {
            pool.shutdown();
        }
        for (int number = 1; number <= 6; number++) {
            assertEquals(200, learner.get(BASE + "/check/attempts/" + number).statusCode(), "attempt " + number);
        }
    }

    static int progressRows(String subject) throws Exception {
        try (var connection = ToolUnderTest.connect();
             var query = connection.prepareStatement("select count(*) from module_progress p "
                     + "join app_user u on u.id = p.user_ref where u.subject = ?")) {
            query.setString(1, subject);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    static Map<String, Object> progressRow(String subject) throws Exception {
        try (var connection = ToolUnderTest.connect();
             var query = connection.prepareStatement("select p.completed_at, p.completion_score, p.check_passed, "
                     + "p.scenario_finished, p.lessons_seen from module_progress p join app_user u on u.id = p.user_ref "
                     + "where u.subject = ?")) {
            query.setString(1, subject);
            try (var rows = query.executeQuery()) {
                assertTrue(rows.next(), "a progress row");
                var row = new java.util.HashMap<String, Object>();
                row.put("completed_at", rows.getTimestamp(1));
                row.put("completion_score", rows.getObject(2));
                row.put("check_passed", rows.getBoolean(3));
                row.put("scenario_finished", rows.getBoolean(4));
                row.put("lessons_seen", rows.getString(5));
                return row;
            }
        }
    }

    @Test
    void completionNeedsAllLessonsTheScenarioAndAPassedCheck() throws Exception {
        var subject = "learner-" + UUID.randomUUID();
        var learner = TestLaunch.learner(platform, subject);

        var passed = passCheck(learner);
        assertEquals(303, passed.statusCode());
        assertEquals(303, learner.get(BASE + "/complete").statusCode(), "not complete: lessons and scenario missing");
        assertEquals(null, progressRow(subject).get("completed_at"));

        readAllLessons(learner);
        assertEquals(null, progressRow(subject).get("completed_at"), "not complete: the scenario is missing");

        playScenarioBestPath(learner);
        var row = progressRow(subject);
        assertTrue(row.get("completed_at") != null, "complete once all three are done");
        assertEquals(100, ((Number) row.get("completion_score")).intValue());
        assertEquals(200, learner.get(BASE + "/complete").statusCode());
    }

    @Test
    void aFailedCheckDoesNotComplete() throws Exception {
        var subject = "learner-" + UUID.randomUUID();
        var learner = TestLaunch.learner(platform, subject);
        readAllLessons(learner);
        playScenarioBestPath(learner);
        var page = learner.get(BASE + "/check");
        var body = new StringBuilder("csrf=" + encode(csrf(page)));
        for (var question : MODULE.check().questions()) {
            var wrong = question.options().stream().filter(o -> !o.correct()).findFirst().orElseThrow();
            body.append("&answer-").append(question.id()).append("=").append(question.options().indexOf(wrong));
        }
        assertEquals(303, learner.postEncoded(BASE + "/check", body.toString()).statusCode());
        var row = progressRow(subject);
        assertEquals(null, row.get("completed_at"));
        assertFalse((Boolean) row.get("check_passed"));
        var result = learner.get(BASE + "/check/attempts/1");
        assertTrue(result.body().contains("Not passed yet"));
        assertEquals(303, passCheck(learner).statusCode(), "a retry is allowed");
        assertTrue(progressRow(subject).get("completed_at") != null);
        assertTrue(learner.get(BASE + "/check/attempts/2").body().contains("You passed"));
    }

    @Test
    void progressIsKeptAndTheLearnerResumesWhereTheyLeftOff() throws Exception {
        var subject = "learner-" + UUID.randomUUID();
        var first = TestLaunch.learner(platform, subject);
        ModuleSteps.readLesson(first, SLUG, 1);
        ModuleSteps.readLesson(first, SLUG, 2);
        assertEquals("1,2", progressRow(subject).get("lessons_seen"));

        var later = TestLaunch.learner(platform, subject);
        var resume = later.get(BASE + "/continue");
        assertEquals(303, resume.statusCode());
        assertTrue(LaunchClient.location(resume).contains(BASE + "/lessons/3"), LaunchClient.location(resume));
        assertTrue(later.get("/learn").body().contains("id=\"parts-" + SLUG + "\">; 0 of 3 parts done<"),
                "the card says how far they are");
        readAllLessons(later);
        assertTrue(later.get("/learn").body().contains("id=\"parts-" + SLUG + "\">; 1 of 3 parts done<"));
    }

    @Test
    void aLearnerPartWayThroughKeepsTheirVersionWhenANewOneLoads() throws Exception {
        var file = Path.of(System.getProperty("it.modules"), SLUG, "lessons", MODULE.lessons().get(0).fileName());
        var original = Files.readString(file);
        var started = TestLaunch.learner(platform, "learner-" + UUID.randomUUID());
        assertTrue(started.get(BASE + "/lessons/1").body().contains(MODULE.lessons().get(0).title()));
        ModuleSteps.readLesson(started, SLUG, 1);
        assertTrue(started.get(BASE).body().contains("Version 1"));
        try {
            Files.writeString(file, original + "\nA sentence that only version 2 has.\n");
            var reload = reload("it-admin-token");
            assertEquals(200, reload.statusCode(), reload.body());
            assertTrue(reload.body().contains("\"" + SLUG + "\":2"), reload.body());

            assertTrue(started.get(BASE).body().contains("Version 1"), "the learner part-way keeps version 1");
            assertFalse(started.get(BASE + "/lessons/1").body().contains("only version 2 has"));

            var newcomer = TestLaunch.learner(platform, "learner-" + UUID.randomUUID());
            assertTrue(newcomer.get(BASE).body().contains("Version 2"), "a new learner starts version 2");
            assertTrue(newcomer.get(BASE + "/lessons/1").body().contains("only version 2 has"));
        } finally {
            Files.writeString(file, original);
            assertTrue(reload("it-admin-token").body().contains("\"" + SLUG + "\":1"),
                    "the original content is version 1 again");
        }
    }

    static HttpResponse<String> reload(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create(ToolUnderTest.toolUrl("/admin/modules/reload")))
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void reloadingModulesNeedsTheAdminToken() throws Exception {
        var response = reload("wrong-token");
        assertEquals(401, response.statusCode());
        assertTrue(response.body().contains("Authorization: Bearer"));
    }

    @Test
    void theCpdRecordExportsAsCsvMarkdownAndPdfWithACertificatePerCompletedModule() throws Exception {
        var learner = newLearner();
        readAllLessons(learner);
        playScenarioBestPath(learner);
        passCheck(learner);
        var reflection = learner.get(BASE + "/reflection");
        assertEquals(303, learner.post(BASE + "/reflection", csrf(reflection),
                Map.of("reflection", "=HYPERLINK(\"x\") I will review my privacy settings, monthly.")).statusCode());

        var csv = learner.get("/learn/record/cpd-record.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElseThrow().contains("cpd-record.csv"));
        var lines = csv.body().split("\r\n");
        assertEquals("Title,Completed on,Time spent (minutes),Score (%),Learning outcomes,Reflection,Provider", lines[0]);
        assertTrue(lines[1].startsWith(MODULE.title() + "," + java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))),
                lines[1]);
        assertTrue(lines[1].contains(",100,"), lines[1]);
        assertTrue(lines[1].contains("\"'=HYPERLINK(\"\"x\"\") I will review my privacy settings, monthly.\""),
                "a formula is neutralised and quotes are escaped: " + lines[1]);

        var markdown = learner.get("/learn/record/cpd-record.md");
        assertEquals(200, markdown.statusCode());
        assertTrue(markdown.body().contains("## " + MODULE.title()));
        assertTrue(markdown.body().contains("- Knowledge check score: 100%"));
        assertTrue(markdown.body().contains("### My reflection"));
        assertTrue(markdown.body().contains("I will review my privacy settings"));

        var certificate = pdf(learner.url("/learn/record/certificates/" + SLUG + ".pdf"));
        assertEquals(200, certificate.statusCode());
        assertEquals("application/pdf", certificate.headers().firstValue("Content-Type").orElseThrow());
        var certificateText = CpdPdfTest.text(certificate.body());
        assertTrue(certificateText.contains("Certificate of completion") && certificateText.contains(MODULE.title()),
                certificateText);
        var record = pdf(learner.url("/learn/record/cpd-record.pdf"));
        assertEquals(200, record.statusCode());
        assertTrue(CpdPdfTest.text(record.body()).contains("I will review my privacy settings, monthly."));
        var notCompleted = learner.get("/learn/record/certificates/digital-leadership.pdf");
        assertEquals(404, notCompleted.statusCode());
        assertTrue(notCompleted.body().contains("a certificate is made when you complete a module"), notCompleted.body());
    }

    static HttpResponse<byte[]> pdf(String url) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Opening any page of a module, even its resume link, starts nothing: no progress and no "Started" score.
     * A browser's prefetch, a link checker or the back button must never tell the gradebook someone began.
     */
    @Test
    void openingAModulesPagesStartsNothing() throws Exception {
        var subject = "learner-" + UUID.randomUUID();
        var learner = TestLaunch.learner(platform, subject);
        for (var page : List.of("", "/lessons/1", "/lessons/2", "/scenario", "/check", "/reflection")) {
            assertEquals(200, learner.get(BASE + page).statusCode(), page);
        }
        for (var page : List.of("/continue", "/complete", "/scenario/feedback")) {
            var response = learner.get(BASE + page);
            assertTrue(response.statusCode() == 200 || response.statusCode() == 303, page);
        }
        assertEquals(404, learner.get(BASE + "/check/attempts/1").statusCode());
        assertEquals(0, progressRows(subject), "no progress was recorded by a GET");
        assertTrue(learner.get(BASE).body().contains("Start this module"));

        ModuleSteps.start(learner, SLUG);
        assertEquals(1, progressRows(subject));
        assertTrue(learner.get(BASE).body().contains(">Continue<"));
        var resume = learner.get(BASE + "/continue");
        assertTrue(LaunchClient.location(resume).contains(BASE + "/lessons/1"), LaunchClient.location(resume));
    }

    @Test
    void aFormWithoutItsCsrfTokenChangesNothing() throws Exception {
        var subject = "learner-" + UUID.randomUUID();
        var learner = TestLaunch.learner(platform, subject);
        ModuleSteps.readLesson(learner, SLUG, 1);
        var response = learner.post(BASE + "/reflection", null, Map.of("reflection", "forged"));
        assertEquals(403, learner.post(BASE + "/start", null, Map.of()).statusCode());
        assertEquals(403, learner.post(BASE + "/lessons/2/read", null, Map.of()).statusCode());
        assertEquals("1", progressRow(subject).get("lessons_seen"), "a forged 'read' records nothing");
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("This form has expired"));
        assertFalse(learner.get(BASE + "/reflection").body().contains("forged"));
    }

    @Test
    void anEmptyReflectionIsRefusedWithAMessage() {
        var learner = newLearner();
        var page = learner.get(BASE + "/reflection");
        var response = learner.post(BASE + "/reflection", csrf(page), Map.of("reflection", "   "));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Write your reflection before saving it"));
    }

    @Test
    void aReflectionOverTheLimitIsRefusedAndKeptInTheForm() {
        var learner = newLearner();
        var page = learner.get(BASE + "/reflection");
        var response = learner.post(BASE + "/reflection", csrf(page), Map.of("reflection", "x".repeat(10_001)));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Your reflection must be 10000 characters or fewer"));
        assertTrue(response.body().contains("x".repeat(10_001)), "what the learner wrote is not lost");
    }

    @Test
    void aScenarioAnswerWithoutAChoiceIsRefused() {
        var learner = newLearner();
        var page = learner.get(BASE + "/scenario");
        var response = learner.post(BASE + "/scenario", csrf(page),
                Map.of("step", MODULE.scenario().start()));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Choose what you would do"));
    }

    @Test
    void aCheckWithUnansweredQuestionsIsRefusedAndNotCounted() throws Exception {
        var subject = "learner-" + UUID.randomUUID();
        var learner = TestLaunch.learner(platform, subject);
        var page = learner.get(BASE + "/check");
        var response = learner.postEncoded(BASE + "/check", "csrf=" + encode(csrf(page)) + "&answer-q1=0");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Answer question 2"));
        assertFalse(response.body().contains("Answer question 1<"), "question 1 was answered");
        assertTrue(learner.get(BASE + "/check/attempts/1").statusCode() == 404, "no attempt was recorded");
    }

    @Test
    void anUnknownModuleIs404() {
        var response = newLearner().get("/learn/modules/no-such-module");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("There is no module called 'no-such-module'"));
        assertTrue(response.body().contains("<title>Error: "), "an error page's title says so first, as GOV.UK asks");
    }

    @Test
    void aLinkNamingAModuleOpensItAndTheHomeListsItForTheCourse() {
        var learner = TestLaunch.as(platform, "learner-" + UUID.randomUUID(), c -> c
                .claim("https://purl.imsglobal.org/spec/lti/claim/custom", Map.of("module", "online-harm-adults"))
                .claim("https://purl.imsglobal.org/spec/lti/claim/resource_link", Map.of("id", "it-link-adults")));
        assertTrue(learner.landing().contains("/learn/modules/online-harm-adults?s="), learner.landing());
        var home = learner.get("/learn");
        var courseSection = home.body().substring(home.body().indexOf("Modules for your course"),
                home.body().indexOf("More modules"));
        assertTrue(courseSection.contains("module-online-harm-adults"), "listed for the course");
    }

    @Test
    void trainersSeeModulesThatCouldNotBeLoadedAndTheOthersStillWork() {
        var trainer = TestLaunch.as(platform, "trainer-" + UUID.randomUUID(), c -> c.claim(
                "https://purl.imsglobal.org/spec/lti/claim/roles",
                List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor")));
        var home = trainer.get("/author");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("broken-example/module.yaml line 5: field 'audience' must be children, "
                + "adults or all, not 'everyone'"), home.body());
        assertTrue(home.body().contains(MODULE.title()), "the good modules are still offered");
        var review = MODULE.review().orElseThrow();
        var cell = home.body().substring(home.body().indexOf("data-review=\"" + SLUG + "\""));
        assertTrue(cell.substring(0, cell.indexOf("</td>")).contains(org.digitalpractice.web.Dates.day(review.due())),
                "each module's next review");
    }

    @Test
    void aModuleSaysWhereItAppliesAndWhenItWasLastChecked() {
        var overview = newLearner().get(BASE).body();
        var review = MODULE.review().orElseThrow();
        assertTrue(overview.contains("Written for social work in England."), overview);
        assertTrue(java.util.regex.Pattern.compile("href=\"/learn\\?s=[^\"]+\" class=\"govuk-header__link "
                + "govuk-header__link--homepage\"").matcher(overview).find(), "the service name leads to their own home");
        assertTrue(overview.contains("id=\"review\"") && overview.contains("Next check due by "
                + org.digitalpractice.web.Dates.day(review.due())), overview);
        assertFalse(overview.contains("id=\"review-overdue\""));
    }

    @Test
    void onlyLearnersTakeModules() {
        var trainer = TestLaunch.as(platform, "trainer-" + UUID.randomUUID(), c -> c.claim(
                "https://purl.imsglobal.org/spec/lti/claim/roles",
                List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor")));
        assertEquals(403, trainer.get(BASE).statusCode());
        assertEquals(403, trainer.get("/learn/record/cpd-record.csv").statusCode());
        assertEquals(403, trainer.get("/learn/record/certificates/" + SLUG + ".pdf").statusCode());
    }
}
