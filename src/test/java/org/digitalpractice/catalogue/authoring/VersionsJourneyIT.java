package org.digitalpractice.catalogue.authoring;

import org.digitalpractice.testing.Browser;
import org.digitalpractice.testing.InChromium;
import org.digitalpractice.testing.ToolUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.sql.SQLException;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A trainer publishes a module of their own twice, looks at its versions and rolls back to the first, in Chromium
 * inside the practice platform's frame; axe-core checks the check before publishing (with and without changes), the
 * versions list and the roll-back confirmation, and a phone at 320 px gets the same pages. The module is removed
 * afterwards, so Eastbrook's learners and the other test classes never meet it.
 */
class VersionsJourneyIT extends InChromium {

    static final String STEM = "versions-journey-";
    static final String LIBRARY = "online-harm-adults";

    @AfterAll
    static void removeTheModulesThisJourneyMade() throws SQLException {
        var like = STEM + "%";
        try (var connection = ToolUnderTest.connect()) {
            for (var sql : new String[]{
                    "delete from publication where module_ref in (select id from training_module where slug like ?)",
                    "update training_module set current_version_ref = null where slug like ?",
                    "delete from module_file where version_ref in (select v.id from module_version v "
                            + "join training_module m on m.id = v.module_ref where m.slug like ?)",
                    "delete from module_version where module_ref in (select id from training_module where slug like ?)",
                    "delete from training_module where slug like ?",
                    "delete from draft_file where draft_ref in (select id from module_draft where slug like ?)",
                    "delete from module_draft where slug like ?",
                    "delete from audit_entry where slug like ?"}) {
                try (var statement = connection.prepareStatement(sql)) {
                    statement.setString(1, like);
                    statement.executeUpdate();
                }
            }
        }
    }

    /** A new module from the library's, as its own draft; its short name, read from the page's address. */
    static String newModule(Browser in, String council, String trainer) {
        in.launchInPracticeFrame(council, council + "-children", trainer);
        in.clickAndWait(By.id("to-modules"));
        in.clickAndWait(By.id("to-new"));
        in.driver().findElement(By.id("title"))
                .sendKeys("Versions journey " + UUID.randomUUID().toString().substring(0, 8));
        ((JavascriptExecutor) in.driver()).executeScript("arguments[0].click();",
                in.driver().findElement(By.id("from-" + LIBRARY)));
        in.clickAndWait(By.id("start"));
        var path = (String) ((JavascriptExecutor) in.driver()).executeScript("return location.pathname;");
        var slug = path.substring("/author/modules/".length());
        assertTrue(slug.startsWith(STEM), slug);
        return slug;
    }

    /** Saves a new title from the details form, which leads back to the module. */
    static void changeTitle(Browser in, String title) {
        in.clickAndWait(By.linkText("Details, outcomes, reflection prompt and references"));
        in.driver().findElement(By.id("title")).clear();
        in.driver().findElement(By.id("title")).sendKeys(title);
        in.clickAndWait(By.id("save"));
        assertTrue(in.textOf(By.id("module-title")).contains(title), "saved, and back on the module");
    }

    @Test
    void aTrainerPublishesTwiceAndRollsBackToTheFirstVersion() {
        newModule(browser, "eastbrook", "eastbrook-trainer");
        browser.clickAndWait(By.id("publish"));
        assertTrue(browser.textOf(By.id("against")).contains("never been published"));
        accessible("the check before a first publication");
        browser.clickAndWait(By.id("confirm-publish"));
        assertTrue(browser.textOf(By.id("current-version")).startsWith("1"));

        changeTitle(browser, "Versions journey, our council's words");
        browser.clickAndWait(By.id("publish"));
        assertTrue(browser.textOf(By.id("against")).contains("What changes against version 1"));
        browser.driver().findElement(By.cssSelector("#changes details summary")).click();
        accessible("the check before publishing version 2, a change opened");
        browser.clickAndWait(By.id("confirm-publish"));
        assertTrue(browser.textOf(By.id("current-version")).startsWith("2"));

        browser.clickAndWait(By.id("to-versions"));
        assertEquals(2, browser.driver().findElements(By.cssSelector("#published-versions tbody tr")).size());
        accessible("the versions list");
        browser.clickAndWait(By.id("roll-back-1"));
        assertTrue(browser.textOf(By.id("against")).contains("instead of version 2"));
        accessible("the roll-back confirmation");
        browser.clickAndWait(By.id("confirm-roll-back"));
        assertTrue(browser.textOf(By.id("current-version")).startsWith("3"));
        browser.clickAndWait(By.id("to-versions"));
        assertTrue(browser.textOf(By.id("version-3")).contains("Rolled back to version 1"));
        accessible("the versions list after a roll-back");
    }

    @Test
    void theVersionPagesFitAPhone() {
        try (var phone = Browser.phone()) {
            newModule(phone, "eastbrook", "eastbrook-trainer");
            phone.clickAndWait(By.id("publish"));
            phone.assertNoSidewaysScroll("the check before a first publication");
            accessible(phone, "the check before a first publication at 320 px");
            phone.clickAndWait(By.id("confirm-publish"));
            changeTitle(phone, "Versions journey on a phone");
            phone.clickAndWait(By.id("publish"));
            phone.assertNoSidewaysScroll("the check before publishing version 2");
            accessible(phone, "the check before publishing version 2 at 320 px");
            phone.clickAndWait(By.id("confirm-publish"));
            phone.clickAndWait(By.id("to-versions"));
            phone.assertNoSidewaysScroll("the versions list");
            accessible(phone, "the versions list at 320 px");
            phone.clickAndWait(By.id("roll-back-1"));
            phone.assertNoSidewaysScroll("the roll-back confirmation");
            accessible(phone, "the roll-back confirmation at 320 px");
            phone.clickAndWait(By.id("confirm-roll-back"));
            assertTrue(phone.textOf(By.id("current-version")).startsWith("3"));
        }
    }
}
