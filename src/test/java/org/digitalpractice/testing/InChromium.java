package org.digitalpractice.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An end-to-end test in one headless Chromium for the whole class, checked with axe-core page by page. */
@Tag(InChromium.TAG)
public abstract class InChromium extends DeployedTool {

    /** Journeys in the browser run on one database: the HTTP tests cover both, and the page is the same. */
    public static final String TAG = "chromium";

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
