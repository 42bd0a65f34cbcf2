package org.digitalpractice.admin;

import org.digitalpractice.catalogue.ModuleReader;
import org.digitalpractice.catalogue.TrainingModule;
import org.digitalpractice.infrastructure.Hashes;
import org.digitalpractice.testing.Eventually;
import org.digitalpractice.testing.InChromium;
import org.digitalpractice.testing.OwnRows;
import org.digitalpractice.testing.ToolUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.digitalpractice.testing.ConsoleUser.count;
import static org.digitalpractice.testing.ConsoleUser.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Installing Digital Practice by URL, end to end in Chromium with third-party cookies blocked: an administrator
 * makes a registration link in the console; Riverside, the practice council with no registration file, installs
 * the tool with it (LTI Dynamic Registration); its launches wait until the administrator approves it in the console;
 * then a trainer places a module by Deep Linking, a learner completes it and the score reaches Riverside's
 * gradebook, and the learning lead sees the course's roster, fetched by NRPS. No registration file is written.
 * axe-core checks the pages on the way. Everything the install made is deleted afterwards, as other classes share
 * the tool and the database.
 */
class InstallByUrlJourneyIT extends InChromium {

    static final String COUNCIL = "riverside";
    static final String COURSE = "riverside-children";
    static final String LEARNER = "riverside-learner-05";
    /** On the course's roster but never opens the tool: only NRPS can tell the lead about them. */
    static final String NEVER_LAUNCHED = "riverside-learner-08";
    static final TrainingModule MODULE = new ModuleReader().read(Path.of("modules", "boundaries-online"));

    static final Instant STARTED = Instant.now();
    static final List<Long> registrations = new ArrayList<>();
    static final List<String> practiceLinks = new ArrayList<>();
    static String linkToken;

    @AfterAll
    static void deleteWhatTheInstallMade() {
        if (linkToken != null) {
            update("delete from registration_link where token_hash = ?", Hashes.sha256(linkToken));
        }
        for (var link : practiceLinks) {
            update("delete from practice_line_item where id in (select line_item_id from practice_link where id = ?)",
                    link);
            update("delete from practice_link where id = ?", link);
        }
        for (var registration : registrations) {
            update("delete from practice_dynamic_client where client_id in (select client_id from "
                    + "platform_registration where id = ?)", registration);
        }
        OwnRows.delete("platform_registration", registrations);
        update("delete from practice_registration_token where used_at >= ?", Timestamp.from(STARTED));
    }

    @Test
    void aCouncilInstallsByUrlIsApprovedAndEveryRoleWorksThroughTheNewRegistration() throws Exception {
        var files = configurationFiles();
        var before = registrationIds();

        // An administrator makes a registration link in the console.
        ConsoleJourneyIT.signIn(browser);
        browser.open(ToolUnderTest.toolUrl("/admin/console/registrations"));
        browser.clickAndWait(By.id("new-link"));
        var link = browser.textOf(By.id("registration-link"));
        linkToken = URI.create(link).getQuery().substring("link=".length());
        accessible("the registration link");

        // Riverside's platform administrator installs the tool with it.
        browser.open(ToolUnderTest.platformUrl("/practice/dynamic"));
        accessible("the practice platform's install page");
        browser.driver().findElement(By.id("registration_url")).sendKeys(link);
        browser.clickAndWait(By.id("add-lti-advantage"));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("practice-install-done")));
        assertEquals(0, browser.driver().findElements(By.id("tool-registration")).size(),
                "the tool's page said org.imsglobal.lti.close and the platform closed it");
        accessible("the practice platform once the tool has registered");
        var added = registrationIds();
        added.removeAll(before);
        assertEquals(1, added.size(), "one new registration");
        long registration = added.get(0);
        registrations.add(registration);
        assertEquals("PENDING", ConsoleIT.status(registration));

        // Until approved, a launch says it waits.
        browser.enterPracticeFrame(COUNCIL, COURSE, LEARNER);
        assertEquals("Digital Practice is waiting for approval", browser.textOf(By.tagName("h1")));
        assertTrue(browser.textOf(By.id("problem-detail")).contains("waits for approval"));
        accessible("a launch that waits for approval");
        browser.driver().switchTo().defaultContent();

        // The administrator approves it.
        browser.open(ToolUnderTest.toolUrl("/admin/console/registrations"));
        assertTrue(browser.driver().findElement(By.id("approve-" + registration)).isDisplayed(), "waiting");
        accessible("the registrations with one waiting");
        browser.clickAndWait(By.id("approve-" + registration));
        assertEquals("ACTIVE", ConsoleIT.status(registration));
        assertEquals(1, count("select count(*) from audit_log where action = ?", "Approved registration "
                + registration));

        // A trainer places a module with a gradebook column (Deep Linking).
        var driver = browser.driver();
        browser.open(ToolUnderTest.platformUrl("/practice/courses/" + COURSE));
        driver.findElement(By.id("add-activities")).click();
        browser.enterToolFrame();
        assertEquals("Add activities to your course", browser.textOf(By.tagName("h1")));
        accessible("the activities to place, through the new registration");
        driver.findElement(By.cssSelector("label[for='activity__" + MODULE.slug() + "']")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("label[for='mode__" + MODULE.slug() + "-score']"))).click();
        driver.findElement(By.id("add")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.className("govuk-panel__title"),
                "1 activity added"));
        driver.switchTo().defaultContent();
        var placed = placedLink();
        practiceLinks.add(placed);

        // A learner opens it from the course and completes it.
        browser.open(ToolUnderTest.platformUrl("/practice/courses/" + COURSE));
        new Select(driver.findElement(By.id("person-" + placed))).selectByValue(LEARNER);
        driver.findElement(By.xpath("//select[@id='person-" + placed + "']/ancestor::form//button")).click();
        browser.enterToolFrame();
        assertEquals(MODULE.title(), browser.textOf(By.tagName("h1")));
        accessible("the placed module, opened by a learner");
        completeTheModule();
        driver.switchTo().defaultContent();

        // The score reaches Riverside's gradebook.
        Eventually.within(Duration.ofSeconds(30), () -> count("select count(*) from practice_score s join "
                        + "practice_link l on l.line_item_id = s.line_item_id where l.id = ? and s.user_id = ? and "
                        + "s.activity_progress = 'Completed' and s.grading_progress = 'FullyGraded'", placed, LEARNER) == 1,
                () -> "the completed module's score in the practice gradebook");
        browser.open(ToolUnderTest.platformUrl("/practice/courses/" + COURSE + "/gradebook"));
        assertTrue(browser.textOf(By.id("gradebook")).contains("Completed, FullyGraded"));
        accessible("Riverside's gradebook");

        // The learning lead sees the course, with its roster from NRPS.
        browser.launchInPracticeFrame(COUNCIL, COURSE, "riverside-lead");
        browser.clickAndWait(By.id("link-course"));
        long placement = count("select p.id from placement p join course c on c.id = p.course_ref join deployment d "
                + "on d.id = c.deployment_ref where d.registration_id = ? and p.resource_link_id = ?",
                registration, placed);
        assertEquals("completed", driver.findElement(By.cssSelector("tr[data-user='" + LEARNER
                + "'] td[data-placement='" + placement + "']")).getAttribute("data-status"));
        assertEquals(1, driver.findElements(By.cssSelector("tr[data-user='" + NEVER_LAUNCHED + "']")).size(),
                "someone who never opened the tool is on the roster");
        assertTrue(count("select count(*) from roster_snapshot s join course c on c.id = s.course_ref join "
                + "deployment d on d.id = c.deployment_ref where d.registration_id = ? and s.problem is null",
                registration) > 0, "a roster fetched through the new registration");
        accessible("the lead's course view");
        driver.switchTo().defaultContent();

        assertEquals(files, configurationFiles(), "no registration file was written or changed");
    }

    void completeTheModule() {
        browser.clickAndWait(By.id("continue"));
        for (int i = 0; i < MODULE.lessons().size(); i++) {
            browser.clickAndWait(By.id("next"));
        }
        var scenario = MODULE.scenario();
        var step = scenario.step(scenario.start()).orElseThrow();
        while (true) {
            int best = step.choices().indexOf(step.bestChoice());
            browser.driver().findElement(By.cssSelector("input[name=choice][value='" + best + "']")).click();
            browser.clickAndWait(By.id("choose"));
            browser.clickAndWait(By.id("continue"));
            if (step.bestChoice().ends()) {
                break;
            }
            step = scenario.step(step.bestChoice().next()).orElseThrow();
        }
        browser.clickAndWait(By.id("to-check"));
        for (var question : MODULE.check().questions()) {
            for (int i = 0; i < question.options().size(); i++) {
                var box = browser.driver().findElement(
                        By.cssSelector("input[name='answer-" + question.id() + "'][value='" + i + "']"));
                if (question.options().get(i).correct() != box.isSelected()) {
                    box.click();
                }
            }
        }
        browser.clickAndWait(By.id("submit-check"));
        assertEquals("You passed", browser.textOf(By.className("govuk-panel__title")));
        browser.clickAndWait(By.id("to-reflection"));
        browser.driver().findElement(By.id("reflection")).sendKeys("I will keep work and private accounts apart.");
        browser.clickAndWait(By.id("save-reflection"));
        assertEquals("Module complete", browser.textOf(By.className("govuk-panel__title")));
        accessible("the completion page");
    }

    static List<Long> registrationIds() throws SQLException {
        var ids = new ArrayList<Long>();
        try (var connection = ToolUnderTest.connect(); var query = connection.prepareStatement(
                "select id from platform_registration where issuer = ?")) {
            query.setString(1, ToolUnderTest.platformUrl("/practice/dynamic"));
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    static String placedLink() throws SQLException {
        try (var connection = ToolUnderTest.connect(); var query = connection.prepareStatement(
                "select id from practice_link where course_id = ? and title = ? and created_at >= ? "
                        + "order by created_at desc")) {
            query.setString(1, COURSE);
            query.setString(2, MODULE.title());
            query.setTimestamp(3, Timestamp.from(STARTED));
            try (var rows = query.executeQuery()) {
                assertTrue(rows.next(), "the practice platform stored the placed link");
                return rows.getString(1);
            }
        }
    }

    /** Every file the tool reads its registrations from, with its size and time: none may appear or change. */
    static Map<String, String> configurationFiles() {
        var folder = Path.of(System.getenv("DP_LTI_CONFIG_DIR"));
        var files = new TreeMap<String, String>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (var walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).forEach(file -> {
                try {
                    files.put(folder.relativize(file).toString(), Files.size(file) + " bytes, "
                            + Files.getLastModifiedTime(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(files.keySet().stream().anyMatch(f -> f.startsWith("registrations")),
                "the test reads the folder the tool reads: " + folder);
        return files;
    }
}
