package org.digitalpractice.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An end-to-end test in one headless Chromium for the whole class, checked with axe-core page by page. */
public abstract class InChromium extends DeployedTool {

    protected static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    /** WCAG 2.2 AA, as axe-core checks it, on the page (or frame) the browser is on. */
    protected static void accessible(String page) {
        accessible(browser, page);
    }

    /** The same, in another browser of the test's own, such as a phone's. */
    protected static void accessible(Browser in, String page) {
        assertEquals(List.of(), in.accessibilityViolations(), "axe-core found violations on " + page);
    }
}
