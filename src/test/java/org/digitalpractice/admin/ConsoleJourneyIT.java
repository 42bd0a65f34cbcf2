package org.digitalpractice.admin;

import org.digitalpractice.testing.Browser;
import org.digitalpractice.testing.ConsoleUser;
import org.digitalpractice.testing.InChromium;
import org.digitalpractice.testing.ToolUnderTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.ArrayList;
import java.util.List;

import static org.digitalpractice.testing.ConsoleUser.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator's way through the console in Chromium, at 1280 px and on a 320 px phone: signing in through the
 * form, then every page of the console, each checked with axe-core (WCAG 2.2 AA) and, on the phone, for sideways
 * scrolling.
 */
class ConsoleJourneyIT extends InChromium {

    /** Signs in through the page itself. */
    static void signIn(Browser in) {
        ConsoleUser.ensureFirstAdministrator();
        in.open(ToolUnderTest.toolUrl("/admin/sign-in"));
        in.driver().findElement(By.id("username")).sendKeys(ConsoleUser.FIRST);
        in.driver().findElement(By.id("password")).sendKeys(ConsoleUser.PASSWORD);
        in.clickAndWait(By.id("sign-in"));
        assertEquals(ConsoleUser.FIRST_NAME, in.textOf(By.id("signed-in-as")));
    }

    /** Opens a page, or stays on the one a click led to, and checks it. */
    static void check(Browser in, String page, boolean phone, List<String> problems) {
        var violations = in.accessibilityViolations();
        if (!violations.isEmpty()) {
            problems.add(page + (phone ? " at 320 px" : "") + ": " + violations);
        }
        if (phone) {
            try {
                in.assertNoSidewaysScroll(page);
            } catch (AssertionError sideways) {
                problems.add(sideways.getMessage());
            }
        }
    }

    static void visit(Browser in, String path, boolean phone, List<String> problems) {
        in.open(ToolUnderTest.toolUrl(path));
        check(in, path, phone, problems);
    }

    /** Every page of the console, some of them with a form error or after an action, in one browser. */
    static List<String> everyPage(Browser in, boolean phone) {
        var council = ConsoleFixture.pending(phone ? "phone" : "wide");
        var failed = council.queueScore("FAILED");
        var problems = new ArrayList<String>();
        try {
            in.open(ToolUnderTest.toolUrl("/admin/sign-in"));
            check(in, "/admin/sign-in", phone, problems);
            in.driver().findElement(By.id("username")).sendKeys("nobody");
            in.driver().findElement(By.id("password")).sendKeys("not the password");
            in.clickAndWait(By.id("sign-in"));
            assertTrue(in.driver().getPageSource().contains("The username or password is not right"));
            check(in, "/admin/sign-in with an error", phone, problems);
            visit(in, "/admin/setup", phone, problems);

            signIn(in);
            check(in, "/admin/console", phone, problems);
            for (var path : List.of("/admin/console/registrations",
                    "/admin/console/registrations/" + council.registration() + "/disable", "/admin/console/deployments",
                    "/admin/console/deployments/" + council.deployment(), "/admin/console/keys",
                    "/admin/console/keys/rotate", "/admin/console/gradebook", "/admin/console/rosters",
                    "/admin/console/content", "/admin/console/people",
                    "/admin/console/people/" + council.person() + "/erase", "/admin/console/audit",
                    "/admin/console/administrators", "/admin/console/administrators/new")) {
                visit(in, path, phone, problems);
            }

            in.open(ToolUnderTest.toolUrl("/admin/console/registrations"));
            in.clickAndWait(By.id("new-link"));
            assertTrue(in.textOf(By.id("registration-link")).contains("/lti/register?link="));
            check(in, "the registration link", phone, problems);

            in.open(ToolUnderTest.toolUrl("/admin/console/deployments/" + council.deployment()));
            in.driver().findElement(By.id("council-name")).clear();
            in.clickAndWait(By.id("save-council"));
            assertTrue(in.driver().getPageSource().contains("Enter the council"));
            check(in, "a council name left blank", phone, problems);

            in.open(ToolUnderTest.toolUrl("/admin/console/content"));
            in.clickAndWait(By.id("reload-modules"));
            assertTrue(in.driver().findElement(By.id("reloaded")).isDisplayed());
            check(in, "modules reloaded", phone, problems);

            in.open(ToolUnderTest.toolUrl("/admin/console/people"));
            in.driver().findElement(By.id("subject")).sendKeys(council.subject());
            in.clickAndWait(By.id("find"));
            assertTrue(in.driver().getPageSource().contains(council.name()));
            check(in, "people found", phone, problems);

            // Someone only a roster lists: found apart, and erased through their own confirmation.
            in.open(ToolUnderTest.toolUrl("/admin/console/people"));
            in.driver().findElement(By.id("subject")).sendKeys(council.rosterOnlySubject());
            in.clickAndWait(By.id("find"));
            assertTrue(in.driver().findElement(By.id("on-rosters")).isDisplayed());
            check(in, "someone on a roster only, found", phone, problems);
            in.clickAndWait(By.id("erase-roster-" + council.deployment()));
            check(in, "erasing someone on a roster only", phone, problems);
            in.clickAndWait(By.id("confirm-erase"));
            assertTrue(in.textOf(By.id("erased-summary")).startsWith("Removed 1 roster entries"));
            check(in, "someone on a roster only, erased", phone, problems);

            in.open(ToolUnderTest.toolUrl("/admin/console/people/" + council.person() + "/erase"));
            in.clickAndWait(By.id("confirm-erase"));
            check(in, "a person erased", phone, problems);
            visit(in, "/admin/console/privacy-log", phone, problems);
            assertTrue(in.driver().findElement(By.id("privacy-log")).isDisplayed(), "the erasure is in the log");
            if (phone) {
                in.assertFitsAPhone("/admin/console/privacy-log");
            }

            in.open(ToolUnderTest.toolUrl("/admin/console/administrators/new"));
            in.driver().findElement(By.id("full-name")).sendKeys("Weak Password");
            in.driver().findElement(By.id("username")).sendKeys("it-weak-" + (phone ? "phone" : "wide"));
            in.driver().findElement(By.id("password")).sendKeys("password");
            in.clickAndWait(By.id("save-administrator"));
            assertTrue(in.driver().getPageSource().contains("Password must be 12 characters or more"));
            check(in, "an administrator with a weak password", phone, problems);

            in.clickAndWait(By.id("sign-out"));
            assertTrue(in.driver().getCurrentUrl().endsWith("/admin/sign-in"));
        } finally {
            update("delete from score_outbox where id = ?", failed);
        }
        return problems;
    }

    @Test
    void everyConsolePageIsAccessibleOnADesktop() {
        assertEquals(List.of(), everyPage(browser, false));
    }

    @Test
    void everyConsolePageIsAccessibleAndFitsOnAPhone() {
        try (var phone = Browser.phone()) {
            assertEquals(List.of(), everyPage(phone, true));
        }
    }
}
