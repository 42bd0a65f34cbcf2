package org.digitalpractice.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Headless Debian Chromium, set up like a council worker's browser: third-party cookies blocked, and, at its
 * strictest, every cookie inside the platform's iframe too. Selenium Manager is bypassed (it would try the
 * network) by naming the driver and the binary.
 */
public final class Browser implements AutoCloseable {

    /** What the browser keeps of the cookies the tool sets inside the platform's cross-site iframe. */
    public enum FrameCookies {
        /** Chrome or Edge blocking third-party cookies: they still keep partitioned (CHIPS) cookies. */
        PARTITIONED_ONLY,
        /** Safari, or a browser told to block every cookie in an iframe: none at all. */
        NONE
    }

    private final ChromeDriver driver;
    private final Path profile;

    /** The browser of most council laptops: Chrome blocking third-party cookies, partitioned ones kept. */
    public Browser() {
        this(false, FrameCookies.PARTITIONED_ONLY);
    }

    /** A browser keeping only these cookies in the iframe. */
    public static Browser keeping(FrameCookies cookies) {
        return new Browser(false, cookies);
    }

    /** A phone-sized browser: 320 CSS pixels wide, the narrowest that WCAG reflow asks pages to work at. */
    public static Browser phone() {
        return new Browser(true, FrameCookies.PARTITIONED_ONLY);
    }

    private Browser(boolean phone, FrameCookies cookies) {
        try {
            profile = Files.createTempDirectory("dp-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-features=Translate,OptimizationHints,MediaRouter",
                "--window-size=1280,1000", "--user-data-dir=" + profile);
        if (phone) {
            // Headless windows have a minimum width; device emulation gives a true 320 px viewport.
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", 320, "height", 640, "pixelRatio", 1.0)));
        }
        // Block third-party cookies, as Safari always does and Chrome increasingly does. Chrome still keeps
        // partitioned (CHIPS) cookies then; at its strictest, the tool's cookies are also blocked outright while
        // the practice platform embeds it, where only the cookie-less paths work (platform storage, a new window).
        var prefs = new java.util.HashMap<String, Object>(Map.of(
                "profile.cookie_controls_mode", 1,
                "profile.block_third_party_cookies", true));
        if (cookies == FrameCookies.NONE) {
            prefs.put("profile.content_settings.exceptions.cookies",
                    Map.of("localhost,127.0.0.1", Map.of("setting", 2)));
        }
        options.setExperimentalOption("prefs", prefs);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public String textOf(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
    }

    /** Chooses a person on the practice platform, launches the tool in its iframe, and enters the frame. */
    public void launchInPracticeFrame(String council, String course, String person) {
        enterPracticeFrame(council, course, person);
        try {
            waiting().until(ExpectedConditions.visibilityOfElementLocated(By.className("dp-viewer__name")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("The launch of " + person + " did not open a page of the tool: " + frameShows(),
                    e);
        }
    }

    /**
     * Chooses a person on the practice platform, launches in its iframe, and switches into the frame, whatever the
     * tool answers there (a page that refuses the launch too).
     */
    public void enterPracticeFrame(String council, String course, String person) {
        driver.switchTo().defaultContent();
        open(ToolUnderTest.platformUrl("/practice/councils/" + council));
        driver.findElement(By.id("course-" + course)).click();
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("person"))).selectByValue(person);
        driver.findElement(By.id("display-iframe")).click();
        driver.findElement(By.id("launch")).click();
        enterToolFrame();
    }

    /**
     * Enters the platform's frame for the tool once the launch has come to rest there: past about:blank and past the
     * pages that only pass the launch on (a form that submits itself, platform storage still being asked). Chromium
     * moves the frame to another process as the launch crosses sites, and a driver that entered it earlier can go
     * on looking at a page the frame has left (FluentLenium issue 893), so each try enters it afresh.
     */
    public void enterToolFrame() {
        try {
            waiting().ignoring(org.openqa.selenium.WebDriverException.class).until(d -> {
                d.switchTo().defaultContent();
                d.switchTo().frame("tool-frame");
                return Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(AT_REST));
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            // A launch that stalls only now and then is otherwise a mystery in a CI log.
            throw new AssertionError("The launch did not come to rest in the tool's frame within 20 s: "
                    + frameShows(), e);
        }
    }

    private String frameShows() {
        try {
            return "the frame is at " + driver.executeScript("return location.href") + " and shows: "
                    + driver.findElement(By.tagName("body")).getText();
        } catch (org.openqa.selenium.WebDriverException e) {
            return "the frame cannot be read (" + e.getClass().getSimpleName() + ")";
        }
    }

    private static final String AT_REST = """
            if (location.href === 'about:blank' || document.readyState !== 'complete') { return false; }
            if (document.querySelector('form[data-auto-submit]')) { return false; }
            if (!document.getElementById('lti-storage')) { return true; }
            var fallback = document.getElementById('lti-fallback');
            return fallback !== null && !fallback.classList.contains('govuk-!-display-none');
            """;

    /**
     * Launches in the practice platform's iframe where the tool can keep no cookie and the platform offers no
     * storage (Moodle in Safari): the iframe offers a new window, which asks who the person is. Ends in the new
     * window, on the confirmation page.
     */
    public void launchIntoNewWindow(String council, String course, String person) {
        enterPracticeFrame(council, course, person);
        var platformWindow = driver.getWindowHandle();
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("open-new-window"))).click();
        waiting().until(d -> d.getWindowHandles().size() > 1);
        driver.switchTo().window(driver.getWindowHandles().stream().filter(h -> !h.equals(platformWindow))
                .findFirst().orElseThrow());
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-handover")));
    }

    /** Clicks and waits for the next page of the tool to load. */
    public void clickAndWait(By by) {
        var js = (JavascriptExecutor) driver;
        js.executeScript("window.dpOldPage = true;");
        driver.findElement(by).click();
        waiting().ignoring(org.openqa.selenium.WebDriverException.class).until(d -> Boolean.TRUE.equals(js.executeScript(
                "return window.dpOldPage === undefined && document.readyState === 'complete';")));
    }

    /** Fails when the page is wider than the window, as a page that scrolls sideways on a phone is. */
    public void assertNoSidewaysScroll(String page) {
        var js = (JavascriptExecutor) driver;
        var viewport = ((Number) js.executeScript("return window.innerWidth;")).intValue();
        var content = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).intValue();
        org.junit.jupiter.api.Assertions.assertTrue(content <= viewport,
                page + " scrolls sideways on a phone: " + content + " px in " + viewport);
    }

    /**
     * Fails unless the page fits a phone as a person would need: no sideways scroll, no table wider than the box it
     * sits in (wide tables stack on a phone), and every chart's text at least 14 px, as drawn.
     */
    public void assertFitsAPhone(String page) {
        assertNoSidewaysScroll(page);
        var js = (JavascriptExecutor) driver;
        @SuppressWarnings("unchecked")
        var wide = (List<String>) js.executeScript("return Array.from(document.querySelectorAll('table'))"
                + ".filter(t => t.getBoundingClientRect().width > t.parentElement.clientWidth + 1)"
                + ".map(t => (t.id || t.className) + ': ' + Math.round(t.getBoundingClientRect().width) + ' px in '"
                + " + t.parentElement.clientWidth);");
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), wide, page + ": tables cut off on a phone");
        @SuppressWarnings("unchecked")
        var small = (List<String>) js.executeScript("return Array.from(document.querySelectorAll("
                + "'.dp-chart__label, .dp-chart__value, .dp-chart__tick'))"
                + ".filter(e => e.getBoundingClientRect().width > 0)"
                + ".filter(e => parseFloat(getComputedStyle(e).fontSize) * (e.getBoundingClientRect().height"
                + " / (e.getBBox ? e.getBBox().height || e.getBoundingClientRect().height : e.getBoundingClientRect().height)) < 14)"
                + ".map(e => e.textContent);");
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), small, page + ": chart text under 14 px on a phone");
    }

    /** Every cookie the browser holds, partitioned ones included, through the DevTools protocol. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> allCookies() {
        var result = driver.executeCdpCommand("Storage.getCookies", Map.of());
        return (List<Map<String, Object>>) result.get("cookies");
    }

    /** Runs axe-core on the current document (or frame) and returns its WCAG 2.2 AA violations, described. */
    @SuppressWarnings("unchecked")
    public List<String> accessibilityViolations() {
        var js = (JavascriptExecutor) driver;
        try {
            js.executeScript(Files.readString(Path.of(System.getProperty("it.axe"))));
        } catch (IOException e) {
            throw new IllegalStateException("axe-core is missing: " + e.getMessage(), e);
        }
        var violations = (List<Map<String, Object>>) js.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: "
                        + "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
                        + ".then(function (r) { done(r.violations.map(function (v) { return {id: v.id, help: v.help,"
                        + " nodes: v.nodes.map(function (n) { return n.target.join(' '); }).join(', ')}; })); })"
                        + ".catch(function (e) { done([{id: 'axe-error', help: String(e), nodes: ''}]); });");
        return violations.stream().map(v -> v.get("id") + ": " + v.get("help") + " at " + v.get("nodes")).toList();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
