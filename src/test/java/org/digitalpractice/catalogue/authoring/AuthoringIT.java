package org.digitalpractice.catalogue.authoring;

import org.digitalpractice.testing.ModuleSteps;
import org.digitalpractice.catalogue.authoring.transfer.ModuleZip;
import org.digitalpractice.catalogue.authoring.transfer.ModuleZipTest;
import org.digitalpractice.catalogue.authoring.forms.CheckForm;
import org.digitalpractice.testing.WithTestPlatform;
import org.digitalpractice.catalogue.ModuleFiles;
import org.digitalpractice.testing.TestLaunch;
import org.digitalpractice.testing.ToolUnderTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.digitalpractice.testing.TestLaunch.csrf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Trainer authoring over HTTP: the round trip from import to a second version, zips in and out, refused zips that
 * leave nothing behind, field errors, sanitising, ownership between councils, and roles.
 */
class AuthoringIT extends WithTestPlatform {

    static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    static final String ROLE = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    static final String COUNCIL = "it-deployment-2";
    static final String OTHER_COUNCIL = "it-deployment-1";
    static final String LIBRARY_SLUG = "boundaries-online";
    static final ModuleFiles LIBRARY_FILES = ModuleFiles.of(Path.of("modules", LIBRARY_SLUG));
    static final List<String> AUTHORING_TABLES = List.of("module_draft", "draft_file", "audit_entry",
            "training_module", "module_version", "module_file");
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();


    static TestLaunch launch(String role, String deployment) {
        return TestLaunch.as(platform, role.toLowerCase() + "-" + UUID.randomUUID(), c -> c
                .claim(LTI + "roles", List.of(ROLE + role))
                .claim(LTI + "deployment_id", deployment));
    }

    static TestLaunch trainer(String deployment) {
        return launch("Instructor", deployment);
    }

    static TestLaunch learner(String deployment) {
        return launch("Learner", deployment);
    }

    static String newSlug(String stem) {
        return stem + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The shipped module's files under another slug, as a zip a trainer might upload. */
    static byte[] libraryModuleAs(String slug, Map<String, String> changes) {
        var contents = new TreeMap<>(LIBRARY_FILES.contents());
        changes.forEach((path, text) -> contents.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return ModuleZip.write(slug, new ModuleFiles(contents));
    }

    static HttpResponse<String> upload(TestLaunch trainer, byte[] file, boolean withCsrf) {
        return upload(trainer, file, withCsrf, false);
    }

    /** Sent in chunks, an upload declares no Content-Length, so only the import's own reading limit can stop it. */
    static HttpResponse<String> upload(TestLaunch trainer, byte[] file, boolean withCsrf, boolean chunked) {
        var form = trainer.get("/author/modules/import");
        var boundary = "----dp" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        if (withCsrf) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n"
                    + csrf(form) + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"module\"; "
                + "filename=\"module.zip\"\r\nContent-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(trainer.url("/author/modules/import")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() ->
                        new java.io.ByteArrayInputStream(body.toByteArray()))
                        : HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<byte[]> download(TestLaunch trainer, String path) {
        return send(HttpRequest.newBuilder(URI.create(trainer.url(path))).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HTTP.send(request.build(), handler);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> post(TestLaunch person, String path, Map<String, String> form) {
        return person.post(path, csrf(person.get("/author/modules/import")), form);
    }

    static void imported(TestLaunch trainer, String slug, byte[] zip) {
        var response = upload(trainer, zip, true);
        assertEquals(303, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Location").orElseThrow().contains("/author/modules/" + slug));
    }

    static Map<String, Long> authoringRows() {
        return ToolUnderTest.rowCounts(AUTHORING_TABLES);
    }

    static List<String> audit(String slug) {
        var actions = new ArrayList<String>();
        try (var connection = ToolUnderTest.connect();
             var query = connection.prepareStatement("select action from audit_entry where slug = ? order by id")) {
            query.setString(1, slug);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    actions.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return actions;
    }

    /** Every field the details form would post, repeated checkboxes included, with some changed. */
    static String detailsBody(String html, Map<String, String> changes) {
        var form = org.jsoup.Jsoup.parse(html).select("form").stream().filter(f -> f.selectFirst("#save") != null)
                .findFirst().orElseThrow(() -> new AssertionError("no form in " + html));
        var fields = new ArrayList<Map.Entry<String, String>>();
        for (var input : form.select("input[name], textarea[name]")) {
            var type = input.attr("type");
            if (input.tagName().equals("textarea")) {
                fields.add(Map.entry(input.attr("name"), input.wholeText().replaceFirst("^\n", "")));
            } else if (!List.of("checkbox", "radio", "submit").contains(type) || input.hasAttr("checked")) {
                fields.add(Map.entry(input.attr("name"), input.val()));
            }
        }
        fields.removeIf(f -> changes.containsKey(f.getKey()));
        changes.forEach((name, value) -> fields.add(Map.entry(name, value)));
        return fields.stream().map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(java.util.stream.Collectors.joining("&"));
    }

    static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The details form posted with its own CSRF token (already among its fields) and some fields changed. */
    static HttpResponse<String> saveDetails(TestLaunch trainer, String slug, Map<String, String> changes) {
        var page = trainer.get("/author/modules/" + slug + "/details");
        assertEquals(200, page.statusCode(), page.body());
        return trainer.postEncoded("/author/modules/" + slug + "/details", detailsBody(page.body(), changes));
    }

    static String unescape(String html) {
        return html.replace("&#34;", "\"").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }

    /** A new module of the council's, imported from the shipped module's files, as a draft. */
    static String importedModule(TestLaunch trainer, String stem) {
        var slug = newSlug(stem);
        imported(trainer, slug, libraryModuleAs(slug, Map.of()));
        return slug;
    }

    static HttpResponse<String> saveTitle(TestLaunch trainer, String slug, String title) {
        return saveDetails(trainer, slug, Map.of("title", title));
    }

    /** As a trainer publishes: the page showing what will change, then its confirm button. */
    static HttpResponse<String> publish(TestLaunch trainer, String slug) {
        var page = trainer.get("/author/modules/" + slug + "/publish");
        return trainer.post("/author/modules/" + slug + "/publish", csrf(page), Map.of());
    }

    /** Six questions whose right answer is always the longest, and one with every option but one right. */
    static final String GUESSABLE_CHECK = "questions:\n" + java.util.stream.IntStream.rangeClosed(1, 6)
            .mapToObj(i -> "  - id: q" + i + "\n    type: single\n    text: What do you do in case " + i + "?\n"
                    + "    options:\n      - text: Tell your manager the same day and record what you did\n"
                    + "        correct: true\n        feedback: Yes, that keeps the child safe.\n"
                    + "      - text: Wait\n        correct: false\n        feedback: Waiting leaves the risk.\n")
            .collect(java.util.stream.Collectors.joining())
            + "  - id: q7\n    type: multiple\n    text: Which do you record?\n    options:\n"
            + "      - text: The date\n        correct: true\n        feedback: Yes.\n"
            + "      - text: What you saw\n        correct: true\n        feedback: Yes.\n"
            + "      - text: Who was there\n        correct: true\n        feedback: Yes.\n"
            + "      - text: Your guess\n        correct: false\n        feedback: No, record facts.\n";

    @Test
    void aTrainerIsWarnedWhenTheLongestAnswerIsUsuallyRightYetMayPublish() {
        var trainer = trainer(COUNCIL);
        var plain = importedModule(trainer, "well-made");
        assertFalse(trainer.get("/author/modules/" + plain).body().contains("id=\"question-advice\""),
                "the library's questions give nothing away");
        var slug = newSlug("guessable");
        imported(trainer, slug, libraryModuleAs(slug, Map.of("check.yaml", GUESSABLE_CHECK)));
        var page = trainer.get("/author/modules/" + slug).body();
        assertTrue(page.contains("id=\"question-advice\""), page);
        assertTrue(page.contains("single-answer questions and scenario steps (question q1, question q2, question q3, "
                + "question q4, question q5, question q6"), page);
        assertTrue(page.contains("Knowledge check question q7: every option but one is right"), page);
        assertEquals(303, publish(trainer, slug).statusCode(), "advice, not a block");
    }

    @Test
    void aPublishedEditIsVersionTwoForNewLearnersWhileLearnersPartWayKeepVersionOne() {
        var trainer = trainer(COUNCIL);
        var slug = importedModule(trainer, "round-trip");
        assertEquals(404, learner(COUNCIL).get("/learn/modules/" + slug).statusCode(), "a draft is never offered");

        assertEquals(303, publish(trainer, slug).statusCode());
        var partWay = learner(COUNCIL);
        ModuleSteps.readLesson(partWay, slug, 1);

        assertEquals(303, saveTitle(trainer, slug, "Boundaries online, our council's way").statusCode());
        assertEquals(303, publish(trainer, slug).statusCode());

        var newcomer = learner(COUNCIL).get("/learn/modules/" + slug);
        assertTrue(newcomer.body().contains("Boundaries online, our council&#39;s way")
                || newcomer.body().contains("Boundaries online, our council's way"), newcomer.body());
        var kept = partWay.get("/learn/modules/" + slug);
        assertTrue(kept.body().contains("Boundaries and communicating online"), kept.body());
        assertFalse(kept.body().contains("our council"));

        var modulePage = trainer.get("/author/modules/" + slug);
        assertTrue(modulePage.body().contains("id=\"current-version\">2<"), modulePage.body());
        var list = trainer.get("/author/modules");
        assertTrue(list.body().contains("id=\"module-" + slug + "\""));
        assertEquals(List.of("IMPORT", "PUBLISH", "PUBLISH"), audit(slug));
    }

    @Test
    void anotherCouncilNeverSeesACouncilsModule() {
        var trainer = trainer(COUNCIL);
        var slug = importedModule(trainer, "own-policy");
        assertEquals(303, publish(trainer, slug).statusCode());
        assertEquals(200, learner(COUNCIL).get("/learn/modules/" + slug).statusCode());

        var other = trainer(OTHER_COUNCIL);
        assertEquals(404, learner(OTHER_COUNCIL).get("/learn/modules/" + slug).statusCode());
        assertEquals(404, other.get("/author/modules/" + slug).statusCode());
        assertEquals(404, other.get("/author/modules/" + slug + "/details").statusCode());
        assertEquals(404, other.get("/author/modules/" + slug + "/preview").statusCode());
        assertEquals(404, download(other, "/author/modules/" + slug + "/export").statusCode());
        assertEquals(404, post(other, "/author/modules/" + slug + "/publish", Map.of()).statusCode());
        assertEquals(404, post(other, "/author/modules/" + slug + "/archive", Map.of()).statusCode());
        assertFalse(other.get("/author/modules").body().contains(slug));
    }

    @Test
    void archivingHidesTheModuleFromNewLearnersButKeepsProgress() {
        var trainer = trainer(COUNCIL);
        var slug = importedModule(trainer, "archived");
        publish(trainer, slug);
        var started = learner(COUNCIL);
        ModuleSteps.readLesson(started, slug, 1);

        var page = trainer.get("/author/modules/" + slug);
        assertEquals(303, trainer.post("/author/modules/" + slug + "/archive", csrf(page), Map.of()).statusCode());

        assertEquals(404, learner(COUNCIL).get("/learn/modules/" + slug).statusCode());
        assertEquals(200, started.get("/learn/modules/" + slug).statusCode());
        assertEquals(200, started.get("/learn/modules/" + slug + "/lessons/2").statusCode());
        assertTrue(trainer.get("/author/modules/" + slug).body().contains("id=\"status\">Archived"));
        assertEquals(List.of("IMPORT", "PUBLISH", "ARCHIVE"), audit(slug));
        assertTrue(trainer.get("/author/audit").body().contains(slug));
    }

    @Test
    void aLibraryModuleIsReadOnlyAndCanBeCopiedToAdapt() {
        var trainer = trainer(COUNCIL);
        var page = trainer.get("/author/modules/digital-leadership");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"copy\""), "offers copy to adapt");
        var preview = trainer.get("/author/modules/digital-leadership/preview");
        assertEquals(200, preview.statusCode());
        assertTrue(preview.body().contains("Preview of the module your learners get now"));
        var forced = trainer.get("/author/modules/digital-leadership/details");
        assertEquals(409, forced.statusCode());
        assertTrue(forced.body().contains("Copy to adapt"), forced.body());
        assertEquals(409, trainer.post("/author/modules/digital-leadership/publish", csrf(page), Map.of()).statusCode());

        var partWay = learner(COUNCIL);
        ModuleSteps.readLesson(partWay, "digital-leadership", 1);
        assertEquals(303, trainer.post("/author/modules/digital-leadership/copy", csrf(page), Map.of()).statusCode());
        assertEquals(303, saveTitle(trainer, "digital-leadership", "Leading digital practice in our council").statusCode());
        var before = learner(COUNCIL).get("/learn/modules/digital-leadership");
        assertFalse(before.body().contains("in our council"), "the draft is not offered before publishing");
        assertEquals(303, publish(trainer, "digital-leadership").statusCode());

        assertTrue(learner(COUNCIL).get("/learn/modules/digital-leadership").body()
                .contains("Leading digital practice in our council"), "the council's copy comes first");
        assertFalse(learner(OTHER_COUNCIL).get("/learn/modules/digital-leadership").body()
                .contains("in our council"), "other councils keep the library's module");
        assertFalse(partWay.get("/learn/modules/digital-leadership").body().contains("in our council"),
                "a learner part-way through the library's version keeps it");
        assertFalse(partWay.get("/learn").body().contains("in our council"), "and so does their home page");
        assertTrue(audit("digital-leadership").containsAll(List.of("COPY", "PUBLISH")));
    }

    @Test
    void aNewModuleStartsAsADraftFromALibraryModuleUnderATitleOfItsOwn() {
        var trainer = trainer(COUNCIL);
        var page = trainer.get("/author/modules/new");
        assertEquals(200, page.statusCode());
        var empty = trainer.post("/author/modules/new", csrf(page), Map.of("title", "", "from", LIBRARY_SLUG));
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("href=\"#title\""));
        assertTrue(empty.body().contains("Enter the title of the new module"));
        var libraryTitle = new org.digitalpractice.catalogue.ModuleReader().read(Path.of("modules", LIBRARY_SLUG)).title();
        var taken = trainer.post("/author/modules/new", csrf(page), Map.of("title", libraryTitle.toUpperCase(),
                "from", LIBRARY_SLUG));
        assertEquals(400, taken.statusCode());
        assertTrue(taken.body().contains("Your council already has a module called"), taken.body());
        assertTrue(taken.body().contains("value=\"" + libraryTitle.toUpperCase() + "\""), "the input is kept");
        var tooLong = trainer.post("/author/modules/new", csrf(page), Map.of("title", "T".repeat(101)));
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.body().contains("Title must be 100 characters or fewer"));
        assertTrue(tooLong.body().contains("Select the library module to start from"), "every error at once");

        var title = "Our social media policy " + UUID.randomUUID().toString().substring(0, 8);
        var started = trainer.post("/author/modules/new", csrf(page), Map.of("title", title, "from", LIBRARY_SLUG));
        assertEquals(303, started.statusCode(), started.body());
        var slug = path(started).substring("/author/modules/".length());
        assertEquals(org.digitalpractice.catalogue.authoring.ModuleName.from(title, java.util.Set.of()), slug);
        var draft = trainer.get("/author/modules/" + slug);
        assertTrue(draft.body().contains("id=\"status\">Draft"), draft.body());
        assertTrue(draft.body().contains("id=\"module-title\">" + title), "the draft has its own title");
        assertTrue(draft.body().contains(">Lesson 1: "), "lessons are listed by their titles");
        assertEquals(404, learner(COUNCIL).get("/learn/modules/" + slug).statusCode());
        assertEquals(List.of("COPY"), audit(slug));
        var again = trainer.post("/author/modules/new", csrf(page), Map.of("title", title, "from", LIBRARY_SLUG));
        assertEquals(400, again.statusCode(), "no two modules with one title in a council");
    }

    @Test
    void anInvalidEditIsRefusedWithTheFieldErrorAndTheInputKept() {
        var trainer = trainer(COUNCIL);
        var slug = importedModule(trainer, "invalid-edit");
        var refused = saveDetails(trainer, slug, Map.of("minutes", "forty", "summary", "A summary the trainer typed"));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("govuk-error-summary"));
        assertTrue(refused.body().contains("href=\"#minutes\""), refused.body());
        assertTrue(refused.body().contains("value=\"forty\""), "the input is kept");
        assertTrue(refused.body().contains("A summary the trainer typed"));

        var lesson = "lessons/01-choosing-the-right-channel.md";
        var lessonPage = trainer.get("/author/modules/" + slug + "/edit?file=" + lesson);
        var badLesson = trainer.post("/author/modules/" + slug + "/edit?file=" + lesson, csrf(lessonPage),
                Map.of("content", "No title heading", "action", "save"));
        assertEquals(400, badLesson.statusCode());
        assertTrue(badLesson.body().contains("href=\"#content\""));
        assertTrue(badLesson.body().contains("No title heading</textarea>"));
        var scenarioPage = trainer.get("/author/modules/" + slug + "/edit?file=scenario.yaml");
        var badScenario = trainer.post("/author/modules/" + slug + "/edit?file=scenario.yaml", csrf(scenarioPage),
                Map.of("content", "title: [unclosed"));
        assertEquals(400, badScenario.statusCode());
        assertTrue(badScenario.body().contains("YAML syntax error"));
        var draft = download(trainer, "/author/modules/" + slug + "/export?version=draft");
        assertArrayEquals(libraryModuleAs(slug, Map.of()), draft.body(), "nothing invalid was saved");
    }

    @Test
    void trainerHtmlInALessonNeverReachesThePage() {
        var trainer = trainer(COUNCIL);
        var slug = importedModule(trainer, "sanitised");
        var lesson = "lessons/05-local-policy.md";
        var markdown = """
                # Our local policy

                <script>alert('x')</script>

                <img src="https://example.org/x.png" alt="x" onerror="alert('y')">

                Read <a href="javascript:alert(1)">this</a>.
                """;
        var page = trainer.get("/author/modules/" + slug + "/edit?file=" + lesson);
        assertEquals(200, page.statusCode());
        var preview = trainer.post("/author/modules/" + slug + "/edit?file=" + lesson, csrf(page),
                Map.of("content", markdown + "\n[Read this](javascript:alert('z'))\n", "action", "preview"));
        assertEquals(200, preview.statusCode());
        var shown = preview.body().substring(preview.body().indexOf("id=\"lesson-preview\""),
                preview.body().indexOf("<form", preview.body().indexOf("id=\"lesson-preview\"")));
        assertFalse(shown.contains("<script"), shown);
        assertFalse(shown.contains("onerror"), shown);
        assertFalse(shown.contains("javascript:"), shown);

        var saved = trainer.post("/author/modules/" + slug + "/edit?file=" + lesson, csrf(page),
                Map.of("content", markdown, "action", "save"));
        assertEquals(303, saved.statusCode(), saved.body());
        var draftPreview = trainer.get("/author/modules/" + slug + "/preview");
        assertEquals(200, draftPreview.statusCode());
        assertTrue(draftPreview.body().contains("Our local policy"));
        assertTrue(draftPreview.body().contains("id=\"preview-banner\""));
        assertFalse(draftPreview.body().contains("<script>alert"), "no trainer script");
        assertFalse(draftPreview.body().contains("onerror"));
        assertFalse(draftPreview.body().contains("javascript:"));

        var edit = trainer.get("/author/modules/" + slug + "/edit?file=" + lesson);
        assertEquals(303, trainer.post("/author/modules/" + slug + "/edit?file=" + lesson, csrf(edit),
                Map.of("action", "delete"))
                .statusCode());
        assertFalse(trainer.get("/author/modules/" + slug + "/preview").body().contains("Our local policy"));
    }

    @Test
    void anExportImportedAgainComesBackIdentical() {
        var trainer = trainer(COUNCIL);
        var slug = importedModule(trainer, "zip-trip");
        publish(trainer, slug);
        var exported = download(trainer, "/author/modules/" + slug + "/export");
        assertEquals(200, exported.statusCode());
        assertEquals("application/zip", exported.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(exported.headers().firstValue("Content-Disposition").orElseThrow().contains(slug + "-v1.zip"));

        imported(trainer, slug, exported.body());
        var again = download(trainer, "/author/modules/" + slug + "/export?version=draft");
        assertArrayEquals(exported.body(), again.body());
        var read = ModuleZip.read(again.body());
        for (var path : LIBRARY_FILES.paths()) {
            assertArrayEquals(LIBRARY_FILES.bytes(path), read.files().bytes(path), path);
        }
        assertArrayEquals(ModuleZip.write(LIBRARY_SLUG, LIBRARY_FILES),
                download(trainer, "/author/modules/" + LIBRARY_SLUG + "/export").body(), "library modules export too");
    }

    @Test
    void maliciousOrBrokenZipsAreRefusedAndLeaveNothingBehind() {
        var trainer = trainer(COUNCIL);
        var slug = newSlug("refused");
        var valid = libraryModuleAs(slug, Map.of());
        var bomb = new byte[900_000];
        java.util.Arrays.fill(bomb, (byte) 'a');
        var big = new byte[ModuleZip.MAX_ENTRY_BYTES + 10];
        var random = new java.util.Random(7);
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) ('a' + random.nextInt(26));
        }
        var many = new LinkedHashMap<String, byte[]>();
        for (int i = 0; i <= ModuleZip.MAX_ENTRIES; i++) {
            many.put(slug + "/lessons/" + String.format("%03d", i) + ".md", "# x".getBytes(StandardCharsets.UTF_8));
        }
        var cases = new LinkedHashMap<String, byte[]>();
        cases.put("zip-slip", ModuleZipTest.zip(Map.of(slug + "/../../evil.md", "# x".getBytes(StandardCharsets.UTF_8))));
        cases.put("absolute path", ModuleZipTest.zip(Map.of("/" + slug + "/module.yaml", "x".getBytes(StandardCharsets.UTF_8))));
        cases.put("oversized entry", ModuleZipTest.zip(Map.of(slug + "/lessons/01-big.md", big)));
        cases.put("zip bomb", ModuleZipTest.zip(Map.of(slug + "/lessons/01-bomb.md", bomb)));
        cases.put("wrong type", ModuleZipTest.zip(Map.of(slug + "/module.yaml", "x".getBytes(StandardCharsets.UTF_8),
                slug + "/payload.exe", new byte[]{'M', 'Z'})));
        cases.put("broken module", libraryModuleAs(slug, Map.of("module.yaml", "title: no other fields\n")));
        cases.put("too many entries", ModuleZipTest.zip(many));
        cases.put("not a zip", "just text".getBytes(StandardCharsets.UTF_8));
        cases.put("too large", new byte[ModuleZip.MAX_UPLOAD_BYTES + 100_000]);
        var expected = Map.of("zip-slip", 400, "absolute path", 400, "oversized entry", 413, "zip bomb", 400,
                "wrong type", 415, "broken module", 400, "too many entries", 400, "not a zip", 400, "too large", 413);
        var words = Map.of("zip-slip", "not allowed", "absolute path", "not allowed", "oversized entry", "larger than",
                "zip bomb", "zip bomb", "wrong type", "payload.exe", "broken module", "is missing",
                "too many entries", "more than", "not a zip", "zip", "too large", "larger than");

        var before = authoringRows();
        for (var entry : cases.entrySet()) {
            var response = upload(trainer, entry.getValue(), true);
            assertEquals(expected.get(entry.getKey()), response.statusCode(), entry.getKey() + ": " + response.body());
            // Declared too large, an upload is refused before its body is read, on the error page.
            assertTrue(response.body().contains(entry.getKey().equals("too large") ? "The file is too large"
                    : "govuk-error-summary"), entry.getKey());
            assertTrue(response.body().contains(words.get(entry.getKey())), entry.getKey() + ": " + response.body());
            assertEquals(before, authoringRows(), entry.getKey() + " left something behind");
        }
        var chunked = upload(trainer, new byte[ModuleZip.MAX_UPLOAD_BYTES + 100_000], true, true);
        assertEquals(413, chunked.statusCode(), "too large, sent without a Content-Length");
        assertTrue(chunked.body().contains("larger than"), chunked.body());
        var notAnUpload = trainer.post("/author/modules/import", csrf(trainer.get("/author/modules/import")),
                Map.of("module", "not a file"));
        assertEquals(415, notAnUpload.statusCode(), "a form that is not a file upload");
        assertTrue(notAnUpload.body().contains("not sent as a file upload"), notAnUpload.body());
        assertEquals(before, authoringRows());
        assertEquals(403, upload(trainer, valid, false).statusCode(), "an upload without its CSRF token");
        assertEquals(before, authoringRows());
        assertEquals(404, trainer.get("/author/modules/" + slug).statusCode());
    }

    /** The fields a browser would post from the page's form with a Save button, without its CSRF token. */
    static Map<String, String> formOf(String html) {
        var form = org.jsoup.Jsoup.parse(html).select("form").stream().filter(f -> f.selectFirst("#save") != null)
                .findFirst().orElseThrow(() -> new AssertionError("no form in " + html));
        var fields = new LinkedHashMap<String, String>();
        for (var input : form.select("input[name], textarea[name], select[name]")) {
            var type = input.attr("type");
            if (input.tagName().equals("textarea")) {
                fields.put(input.attr("name"), input.wholeText().replaceFirst("^\n", ""));
            } else if (input.tagName().equals("select")) {
                var selected = input.selectFirst("option[selected]");
                fields.put(input.attr("name"), selected == null ? input.select("option").first().val() : selected.val());
            } else if (!List.of("checkbox", "radio").contains(type) || input.hasAttr("checked")) {
                fields.put(input.attr("name"), input.val());
            }
        }
        fields.remove("csrf");
        return fields;
    }

    static String path(HttpResponse<String> redirect) {
        return URI.create(redirect.headers().firstValue("Location").orElseThrow()).getPath();
    }

    @Test
    void aQuestionsFeedbackAndAScenarioChoiceChangedInFormsReachLearnersOncePublished() {
        var trainer = trainer(COUNCIL);
        var slug = importedModule(trainer, "forms");
        var base = "/author/modules/" + slug;
        assertTrue(trainer.get(base).body().contains("href=\"" + "/author/modules/" + slug + "/check"),
                "the module page opens the check in its form");
        var list = trainer.get(base + "/check");
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.body().contains("id=\"question-8\""));
        assertTrue(list.body().contains("id=\"as-yaml\""), "Edit as YAML is offered");

        var page = trainer.get(base + "/check/questions/1");
        assertEquals(200, page.statusCode(), page.body());
        var form = formOf(page.body());
        assertEquals("single", form.get("type"));
        form.put("option-0-feedback", "Our council feedback: a text is never enough for news like this.");
        var saved = trainer.post(base + "/check/questions/1", csrf(page), form);
        assertEquals(303, saved.statusCode(), saved.body());
        assertEquals(base + "/check", path(saved));

        var stepPage = trainer.get(base + "/scenario/steps/1");
        assertEquals(200, stepPage.statusCode(), stepPage.body());
        var step = formOf(stepPage.body());
        assertEquals("late-message", step.get("choice-0-next"));
        step.put("choice-0-consequence", "Our council consequence: Kayla shows her friends your photos.");
        var stepSaved = trainer.post(base + "/scenario/steps/1", csrf(stepPage), step);
        assertEquals(303, stepSaved.statusCode(), stepSaved.body());
        var overview = trainer.get(base + "/scenario");
        assertTrue(overview.body().contains("id=\"step-5\""), overview.body());
        var intro = formOf(overview.body());
        intro.put("title", "A follow request, our council version");
        assertEquals(303, trainer.post(base + "/scenario", csrf(overview), intro).statusCode());
        assertEquals(303, publish(trainer, slug).statusCode());

        var learner = learner(COUNCIL);
        var scenario = learner.get("/learn/modules/" + slug + "/scenario");
        assertTrue(scenario.body().contains("A follow request, our council version"), scenario.body());
        var chosen = learner.post("/learn/modules/" + slug + "/scenario", csrf(scenario),
                Map.of("step", "request", "choice", "0"));
        assertEquals(303, chosen.statusCode(), chosen.body());
        var feedback = learner.get("/learn/modules/" + slug + "/scenario/feedback");
        assertTrue(feedback.body().contains("Our council consequence: Kayla shows her friends your photos."),
                feedback.body());

        var check = learner.get("/learn/modules/" + slug + "/check");
        var answers = new LinkedHashMap<String, String>();
        CheckForm.of(LIBRARY_FILES.text("check.yaml", "check.yaml")).questions()
                .forEach(q -> answers.put("answer-" + q.id(), "0"));
        var answered = learner.post("/learn/modules/" + slug + "/check", csrf(check), answers);
        assertEquals(303, answered.statusCode(), answered.body());
        var result = learner.get(path(answered));
        assertTrue(result.body().contains("Our council feedback: a text is never enough for news like this."),
                result.body());
    }

    @Test
    void anInvalidQuestionOrChoiceIsRefusedWithTheFieldErrorAndTheInputKept() {
        var trainer = trainer(COUNCIL);
        var slug = importedModule(trainer, "forms-invalid");
        var base = "/author/modules/" + slug;
        var page = trainer.get(base + "/check/questions/1");
        var form = formOf(page.body());
        form.put("option-0-correct", "true");
        form.put("option-2-correct", "true");
        form.put("option-1-feedback", "Feedback the trainer typed");
        var refused = trainer.post(base + "/check/questions/1", csrf(page), form);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("govuk-error-summary"));
        assertTrue(refused.body().contains("href=\"#options\""), refused.body());
        assertTrue(refused.body().contains("Only one option can be correct in a question with one answer"),
                refused.body());
        assertTrue(refused.body().contains("Feedback the trainer typed</textarea>"), "the input is kept");
        assertEquals("true", formOf(refused.body()).get("option-2-correct"), "the ticks are kept");

        var stepPage = trainer.get(base + "/scenario/steps/1");
        var step = formOf(stepPage.body());
        step.put("choice-1-next", "nowhere");
        step.put("choice-1-feedback", "Choice feedback the trainer typed");
        var badStep = trainer.post(base + "/scenario/steps/1", csrf(stepPage), step);
        assertEquals(400, badStep.statusCode(), badStep.body());
        assertTrue(badStep.body().contains("href=\"#choice-1-next\""), badStep.body());
        assertTrue(badStep.body().contains("A choice leads to step nowhere, which does not exist"), badStep.body());
        assertEquals("nowhere", formOf(badStep.body()).get("choice-1-next"), "the input is kept");
        assertTrue(badStep.body().contains("Choice feedback the trainer typed</textarea>"));

        var overview = trainer.get(base + "/scenario");
        var removeStart = trainer.post(base + "/scenario/steps/1/remove", csrf(overview), Map.of());
        assertEquals(400, removeStart.statusCode(), removeStart.body());
        assertTrue(removeStart.body().contains("href=\"#steps\""), removeStart.body());

        var draft = download(trainer, base + "/export?version=draft");
        assertArrayEquals(libraryModuleAs(slug, Map.of()), draft.body(), "nothing invalid was saved");
    }

    @Test
    void aTitleLongerThanItsLimitIsRefusedWithTheLimitAndTheDraftStillPublishes() {
        var trainer = trainer(COUNCIL);
        var slug = importedModule(trainer, "long-title");
        var refused = saveTitle(trainer, slug, "A".repeat(300));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("Title must be 100 characters or fewer"), refused.body());
        assertEquals(303, publish(trainer, slug).statusCode(), "the draft kept its valid title and publishes");
    }

    @Test
    void optionsChoicesQuestionsAndStepsAreAddedAndRemovedWithoutJavaScript() {
        var trainer = trainer(COUNCIL);
        var slug = importedModule(trainer, "forms-rows");
        var base = "/author/modules/" + slug;
        var page = trainer.get(base + "/check/questions/2");
        var form = formOf(page.body());
        var options = (int) form.keySet().stream().filter(k -> k.matches("option-[0-9]+-text")).count();
        form.put("text", "A question the trainer rewrote");
        form.put("add-option", "add");
        var more = trainer.post(base + "/check/questions/2", csrf(page), form);
        assertEquals(200, more.statusCode(), more.body());
        assertTrue(more.body().contains("id=\"option-" + options + "-text\""), "one more empty option");
        assertTrue(more.body().contains("A question the trainer rewrote</textarea>"), "what was typed is kept");

        var added = formOf(more.body());
        added.put("option-" + options + "-text", "An option added in the form");
        added.put("option-" + options + "-feedback", "Its feedback");
        assertEquals(303, trainer.post(base + "/check/questions/2", csrf(more), added).statusCode());
        var again = formOf(trainer.get(base + "/check/questions/2").body());
        assertEquals("An option added in the form", again.get("option-" + options + "-text"));
        assertEquals("A question the trainer rewrote", again.get("text"));

        again.put("remove-option", String.valueOf(options));
        var fewer = trainer.post(base + "/check/questions/2", csrf(page), again);
        assertEquals(200, fewer.statusCode());
        assertFalse(fewer.body().contains("An option added in the form"));
        assertEquals(303, trainer.post(base + "/check/questions/2", csrf(page), formOf(fewer.body())).statusCode());
        assertFalse(trainer.get(base + "/check/questions/2").body().contains("option-" + options + "-text"));

        var last = new org.digitalpractice.catalogue.ModuleReader().read(Path.of("modules", LIBRARY_SLUG)).check()
                .questions().size();
        var list = trainer.get(base + "/check");
        assertEquals(303, trainer.post(base + "/check/questions/" + last + "/remove", csrf(list), Map.of())
                .statusCode());
        assertFalse(trainer.get(base + "/check").body().contains("id=\"question-" + last + "\""));
        assertEquals(404, trainer.get(base + "/check/questions/" + last).statusCode());

        var stepPage = trainer.get(base + "/scenario/steps/2");
        var step = formOf(stepPage.body());
        step.put("add-choice", "add");
        var moreChoices = trainer.post(base + "/scenario/steps/2", csrf(stepPage), step);
        assertEquals(200, moreChoices.statusCode());
        assertTrue(moreChoices.body().contains("id=\"choice-2-next\""), moreChoices.body());
        var newStep = trainer.get(base + "/scenario/steps/new");
        assertEquals(200, newStep.statusCode());
        assertTrue(newStep.body().contains("id=\"from\""), "a new step says which choice leads to it");
        assertEquals(List.of("IMPORT"), audit(slug));
    }

    @Test
    void theFormsFollowTheRulesOfTheOtherEditRoutes() {
        var trainer = trainer(COUNCIL);
        var library = "digital-professionalism";
        var page = trainer.get("/author/modules/" + library);
        for (var path : List.of("/check", "/check/questions/1", "/check/questions/new", "/scenario",
                "/scenario/steps/1", "/scenario/steps/new")) {
            var forced = trainer.get("/author/modules/" + library + path);
            assertEquals(409, forced.statusCode(), path);
            assertTrue(forced.body().contains("Copy to adapt"), path);
        }
        for (var path : List.of("/check/questions/1", "/check/questions/1/remove", "/scenario",
                "/scenario/steps/1", "/scenario/steps/1/remove")) {
            assertEquals(409, trainer.post("/author/modules/" + library + path, csrf(page), Map.of("text", "x"))
                    .statusCode(), path);
        }

        var slug = importedModule(trainer, "forms-own");
        var other = trainer(OTHER_COUNCIL);
        var otherPage = other.get("/author/modules/import");
        for (var path : List.of("/check", "/check/questions/1", "/scenario", "/scenario/steps/1")) {
            assertEquals(404, other.get("/author/modules/" + slug + path).statusCode(), path);
        }
        for (var path : List.of("/check/questions/1", "/check/questions/1/remove", "/scenario", "/scenario/steps/1",
                "/scenario/steps/1/remove")) {
            assertEquals(404, other.post("/author/modules/" + slug + path, csrf(otherPage), Map.of()).statusCode(),
                    path);
        }
        assertEquals(404, trainer.get("/author/modules/" + slug + "/scenario/steps/99").statusCode());
        assertEquals(404, trainer.get("/author/modules/" + slug + "/check/questions/0").statusCode());
        assertEquals(403, trainer.post("/author/modules/" + slug + "/check/questions/1", "wrong-token",
                Map.of("text", "x")).statusCode(), "a form without its CSRF token");
        assertEquals(List.of("IMPORT"), audit(slug));
    }

    @Test
    void learnersAndLeadsAreRefusedEveryAuthoringRoute() {
        var trainer = trainer(COUNCIL);
        var slug = importedModule(trainer, "guarded");
        var gets = List.of("/author", "/author/modules", "/author/modules/" + slug,
                "/author/modules/" + slug + "/details",
                "/author/modules/" + slug + "/edit?file=scenario.yaml", "/author/modules/" + slug + "/preview",
                "/author/modules/" + slug + "/export", "/author/modules/" + slug + "/export?version=draft",
                "/author/modules/import", "/author/modules/new", "/author/audit", "/author/modules/" + LIBRARY_SLUG,
                "/author/modules/" + slug + "/check", "/author/modules/" + slug + "/check/questions/1",
                "/author/modules/" + slug + "/check/questions/new", "/author/modules/" + slug + "/scenario",
                "/author/modules/" + slug + "/scenario/steps/1", "/author/modules/" + slug + "/scenario/steps/new",
                "/author/modules/" + slug + "/publish", "/author/modules/" + slug + "/versions",
                "/author/modules/" + slug + "/versions/1");
        var posts = List.of("/author/modules/" + slug + "/details",
                "/author/modules/" + slug + "/edit?file=check.yaml",
                "/author/modules/" + slug + "/edit?file=lessons/01-choosing-the-right-channel.md",
                "/author/modules/" + slug + "/publish", "/author/modules/" + slug + "/archive",
                "/author/modules/" + LIBRARY_SLUG + "/copy", "/author/modules/new",
                "/author/modules/" + slug + "/check/questions/1", "/author/modules/" + slug + "/check/questions/new",
                "/author/modules/" + slug + "/check/questions/1/remove", "/author/modules/" + slug + "/scenario",
                "/author/modules/" + slug + "/scenario/steps/1", "/author/modules/" + slug + "/scenario/steps/new",
                "/author/modules/" + slug + "/scenario/steps/1/remove", "/author/modules/" + slug + "/versions/1");
        var before = authoringRows();
        for (var role : List.of("Learner", "Administrator")) {
            var person = launch(role, COUNCIL);
            for (var path : gets) {
                var response = person.get(path);
                assertEquals(403, response.statusCode(), role + " GET " + path);
                assertTrue(response.body().contains("This page is for trainers"), role + " GET " + path);
            }
            for (var path : posts) {
                var response = person.post(path, "any-token", Map.of("title", "x", "content", "x"));
                assertEquals(403, response.statusCode(), role + " POST " + path);
                assertTrue(response.body().contains("This page is for trainers"), role + " POST " + path);
            }
            assertEquals(403, upload(person, libraryModuleAs(slug, Map.of()), false).statusCode(), role + " import");
        }
        assertEquals(before, authoringRows());
    }
}
