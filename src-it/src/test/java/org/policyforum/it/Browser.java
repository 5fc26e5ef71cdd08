package org.policyforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Headless Chromium for browser journeys, one per test class:
 * <pre>
 * &#64;RegisterExtension
 * static final Browser browser = new Browser();
 * ...
 * browser.open(base, "/");
 * browser.assertAccessible();
 * browser.phone();
 * browser.assertNoHorizontalScroll();
 * </pre>
 * Chromium starts on first use and quits after the class. When a test fails, a screenshot and the page source go to
 * {@code target/it-screenshots}.
 */
public final class Browser implements AfterAllCallback, BeforeTestExecutionCallback, AfterTestExecutionCallback {

    public static final int DESKTOP_WIDTH = 1280;
    public static final int DESKTOP_HEIGHT = 900;
    public static final int PHONE_WIDTH = 360;
    public static final int PHONE_HEIGHT = 740;

    /** axe impacts that fail a page; "moderate" and "minor" are reported by axe but do not fail the build. */
    private static final List<String> FAILING_IMPACTS = List.of("critical", "serious");

    /**
     * Known defects of third-party markup that the forum cannot change, each waived only where it occurs (every
     * element axe names must match). Remove an entry once the dependency is fixed: then nothing matches any more.
     * <ul>
     *   <li>rule {@code list} on PrimeFaces' {@code p:messages}: up to 15.0.15 it writes {@code <li role="alert">},
     *       which is no list item any more (primefaces/primefaces#14864, fixed for 15.x by #15205).</li>
     * </ul>
     */
    private static final Map<String, Pattern> KNOWN_THIRD_PARTY_ISSUES =
            Map.of("list", Pattern.compile("\\[?(.* )?\\.ui-messages-(info|warn|error|fatal) > ul\\]?"));

    private ChromeDriver driver;
    private Path profileDir;
    private boolean phone;
    private boolean usedByCurrentTest;

    /** The driver, starting Chromium if needed; for anything the helpers here do not cover. */
    public ChromeDriver driver() {
        if (driver == null) {
            start();
        }
        usedByCurrentTest = true;
        return driver;
    }

    /** Opens {@code path} (e.g. "/" or "/topics") relative to the deployment's base URL. */
    public Browser open(URL base, String path) {
        String root = base.toExternalForm().replaceAll("/+$", "");
        driver().get(root + (path.startsWith("/") ? path : "/" + path));
        return this;
    }

    /**
     * Runs {@code step} (opening a page, say) and fails if the browser's console reported an error meanwhile: an
     * uncaught exception, a script that failed to load. What the console said before the step does not count, nor the
     * status of the page the step ends on.
     */
    public void assertNoScriptErrors(Runnable step) {
        driver().manage().logs().get(LogType.BROWSER);
        step.run();
        // an error page's own status (a 404 page, say) is what was asked for, not an error of its scripts
        String ownStatus = driver().getCurrentUrl() + " - Failed to load resource";
        List<String> errors = driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.startsWith(ownStatus))
                .toList();
        assertEquals(List.of(), errors, "errors in the browser's console");
    }

    /** Lays the current and following pages out as a 360 px wide phone (touch, device-width viewport). */
    public Browser phone() {
        driver().executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "deviceScaleFactor", 2, "mobile", true));
        phone = true;
        return this;
    }

    /** Back to the 1280x900 desktop window. */
    public Browser desktop() {
        driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        phone = false;
        return this;
    }

    /** What a phone needs of every page: no sideways scrolling and thumb-sized tap targets. */
    public void assertFitsThePhone() {
        assertNoHorizontalScroll();
        assertThumbSizedTargets();
    }

    /**
     * Fails if the page scrolls sideways. On the phone the page must also declare a device-width viewport: without
     * one a phone lays it out 980 px wide and shrinks it, which hides overflow from a plain width comparison (as does
     * a phone zooming out to fit content that sticks out, so there the content is compared with the phone's width).
     */
    public void assertNoHorizontalScroll() {
        List<Object> measured = measureWidths();
        long available = phone ? PHONE_WIDTH : ((Number) measured.get(1)).longValue();
        // a page already open when the window changed reflows after the resize event, and a chart redraws itself a
        // moment later still (seen on a loaded machine): a few tries over two seconds, a lasting overflow still fails
        for (int attempt = 0; attempt < 10 && ((Number) measured.get(0)).longValue() > available; attempt++) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            measured = measureWidths();
        }
        long scrollWidth = ((Number) measured.get(0)).longValue();
        long innerWidth = ((Number) measured.get(1)).longValue();
        String viewportMeta = String.valueOf(measured.get(2));
        String page = driver().getCurrentUrl();
        if (phone && !viewportMeta.replace(" ", "").contains("width=device-width")) {
            throw new AssertionError(page + " has no device-width viewport, so a phone lays it out " + innerWidth
                    + " px wide: add <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        }
        if (scrollWidth > available) {
            throw new AssertionError(page + " scrolls sideways: content is " + scrollWidth + " px wide in a "
                    + available + " px " + (phone ? "phone" : "window"));
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object> measureWidths() {
        return (List<Object>) driver().executeScript("var m = document.querySelector('meta[name=viewport]');"
                + "return [document.documentElement.scrollWidth, window.innerWidth,"
                + " m ? m.getAttribute('content') : ''];");
    }

    /**
     * Every link and button outside running text, and every check box and radio button together with its label, on
     * a 360 px phone, as a finger meets it (WCAG 2.5.5: 44 × 44 px).
     */
    private static final String SMALL_TARGETS =
            """
            const small = [];
            const box = e => {
              let r = e.getBoundingClientRect();
              for (const l of (e.matches('input[type=radio], input[type=checkbox]') ? e.labels : [])) {
                const b = l.getBoundingClientRect();
                const left = Math.min(r.left, b.left), top = Math.min(r.top, b.top);
                r = {left, top, width: Math.max(r.right, b.right) - left, height: Math.max(r.bottom, b.bottom) - top};
              }
              return r;
            };
            for (const e of document.querySelectorAll(
                'a[href], button, input[type=submit], input[type=button], .ui-button,'
                + ' input[type=radio], input[type=checkbox]')) {
              const r = box(e);
              if (r.width === 0 || r.height === 0 || e.closest('p, .skip-link, .hint') || r.left < 0) continue;
              if (r.width < 44 || r.height < 44) {
                small.push((e.id || e.tagName) + ' "' + e.textContent.trim().slice(0, 30) + '" '
                    + Math.round(r.width) + 'x' + Math.round(r.height));
              }
            }
            return small.join('; ');""";

    /** Fails when a link, button, check box or radio button of the current page is smaller than a thumb. */
    public void assertThumbSizedTargets() {
        Object small = driver().executeScript(SMALL_TARGETS);
        if (!"".equals(small)) {
            throw new AssertionError(driver().getCurrentUrl() + ": tap targets under 44 x 44 px: " + small);
        }
    }

    /** Runs axe-core on the current page; fails listing every "serious" or "critical" violation. */
    public void assertAccessible() {
        Results results = new AxeBuilder().analyze(driver());
        if (results.isErrored()) {
            throw new AssertionError(
                    "axe could not check " + driver().getCurrentUrl() + ": " + results.getErrorMessage());
        }
        List<Rule> failing = results.getViolations().stream()
                .filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
                .filter(rule -> !isKnownThirdPartyIssue(rule))
                .toList();
        if (!failing.isEmpty()) {
            throw new AssertionError("accessibility violations on " + driver().getCurrentUrl() + ":\n"
                    + failing.stream().map(Browser::describe).collect(Collectors.joining("\n")));
        }
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        usedByCurrentTest = false;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (usedByCurrentTest && context.getExecutionException().isPresent()) {
            saveEvidence(context.getRequiredTestClass().getSimpleName() + "."
                    + context.getRequiredTestMethod().getName());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
            phone = false;
        }
        if (profileDir != null) {
            deleteQuietly(profileDir);
            profileDir = null;
        }
    }

    private void start() {
        try {
            profileDir = Files.createTempDirectory("it-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"))
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--disable-dev-shm-usage",
                        "--user-data-dir=" + profileDir,
                        // the layout of the browser's own date fields (month/day/year) follows its locale;
                        // fixed so that typed dates mean the same on every machine
                        "--lang=en-US",
                        "--window-size=" + DESKTOP_WIDTH + "," + DESKTOP_HEIGHT);
        // the console's messages, for assertNoScriptErrors
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        // The driver is given explicitly so that Selenium Manager never runs (it would go to the network).
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(DESKTOP_WIDTH, DESKTOP_HEIGHT));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    private static boolean isKnownThirdPartyIssue(Rule rule) {
        Pattern where = KNOWN_THIRD_PARTY_ISSUES.get(rule.getId());
        return where != null
                && !rule.getNodes().isEmpty()
                && rule.getNodes().stream().allMatch(node -> where.matcher(String.valueOf(node.getTarget()))
                        .matches());
    }

    private static String describe(Rule rule) {
        String targets = rule.getNodes().stream()
                .map(node -> String.valueOf(node.getTarget()))
                .limit(5)
                .collect(Collectors.joining(", "));
        return "- [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + " ("
                + rule.getNodes().size() + " element(s): " + targets + ") " + rule.getHelpUrl();
    }

    private void saveEvidence(String name) {
        try {
            Path dir = Path.of(System.getProperty("it.screenshot.dir", "target/it-screenshots"));
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            // Evidence is a convenience; the test's own failure is what must be reported.
            System.err.println("[it] could not save browser evidence for " + name + ": " + e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
