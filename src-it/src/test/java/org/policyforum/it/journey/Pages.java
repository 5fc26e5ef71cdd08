package org.policyforum.it.journey;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.policyforum.it.Browser;

/**
 * What the journeys do in Chromium, in the forum's terms: open a page, fill a field, press a button and wait for the
 * answer, read the message next to a field, log in and out. Waits are explicit (no sleeps).
 */
final class Pages {

    static final Duration WAIT = Duration.ofSeconds(15);

    private final Browser browser;
    private final URL base;

    Pages(Browser browser, URL base) {
        this.browser = browser;
        this.base = base;
    }

    ChromeDriver driver() {
        return browser.driver();
    }

    Browser browser() {
        return browser;
    }

    /** Opens {@code path} on the test server. */
    Pages open(String path) {
        browser.open(base, path);
        return this;
    }

    /** Opens {@code path} and runs axe on it (every page a journey visits is checked). */
    Pages openChecked(String path) {
        open(path);
        browser.assertAccessible();
        return this;
    }

    /** Opens {@code path} on a 360 px phone: no sideways scrolling and accessible there too; then the desktop again. */
    void fitsAPhone(String path) {
        try {
            browser.phone();
            open(path);
            browser.assertFitsThePhone();
            assertAccessible();
        } finally {
            browser.desktop();
        }
    }

    void assertAccessible() {
        browser.assertAccessible();
    }

    /** The path of the page shown now, e.g. "/login". */
    String path() {
        return URI.create(driver().getCurrentUrl()).getPath();
    }

    /**
     * Waits that survive ajax: a condition that reads an element just as PrimeFaces replaces it sees a stale
     * element, and is simply asked again (it must still come true before the timeout).
     */
    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver(), WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    <T> T await(ExpectedCondition<T> condition) {
        return waiting().until(condition);
    }

    WebElement element(String id) {
        return await(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    boolean isShown(String id) {
        List<WebElement> found = driver().findElements(By.id(id));
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    /** The page's main heading. */
    String heading() {
        return await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main h1")))
                .getText()
                .strip();
    }

    String text(String id) {
        return element(id).getText().strip();
    }

    Pages type(String id, String text) {
        WebElement field = element(id);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    Pages check(String id, boolean checked) {
        WebElement box = element(id);
        if (box.isSelected() != checked) {
            box.click();
        }
        return this;
    }

    Pages select(String id, String value) {
        new Select(element(id)).selectByValue(value);
        return this;
    }

    /** Presses a button that posts the whole page (ajax="false") and waits until the answer has loaded. */
    Pages submit(String buttonId) {
        WebElement page = driver().findElement(By.tagName("html"));
        element(buttonId).click();
        await(replaced(page));
        await(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return this;
    }

    /**
     * Whether {@code element} has left the document (a new page or an ajax update replaced it). Like
     * {@link ExpectedConditions#stalenessOf}, but also when chromedriver, asked about the element in the middle of the
     * navigation, answers "Node with given id does not belong to the document" instead of "stale element".
     */
    static ExpectedCondition<Boolean> replaced(WebElement element) {
        return d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }

    /**
     * Presses the button {@code button} finds once an ajax answer has settled: an answer may re-render it once more
     * after it first shows, so a button found stale is looked up and pressed again.
     */
    void pressSettled(By button) {
        await(d -> {
            try {
                d.findElement(button).click();
                return true;
            } catch (StaleElementReferenceException | NoSuchElementException replaced) {
                return false;
            }
        });
    }

    /** Presses a button that answers by ajax, then waits for {@code done}. */
    <T> T clickAndAwait(String buttonId, ExpectedCondition<T> done) {
        // a page that polls (a running campaign's progress) may re-render the button between finding and clicking it
        for (int attempt = 1; ; attempt++) {
            try {
                element(buttonId).click();
                break;
            } catch (StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
        return await(done);
    }

    /**
     * The message shown for a field: the element its {@code aria-describedby} names (how a screen reader finds the
     * message), provided it sits in the field's own box or right after it. Empty if the field has none.
     */
    String messageFor(String fieldId) {
        element(fieldId);
        Object text = driver().executeScript(
                        "var input = document.getElementById(arguments[0]);"
                                // the list may also name the live character count (text-limit.js)
                                + "var refs = (input.getAttribute('aria-describedby') || '').split(/\\s+/);"
                                + "var msg = null;"
                                + "refs.forEach(function (id) { var el = id && document.getElementById(id);"
                                + "  if (!msg && el && !el.classList.contains('char-count')) { msg = el; } });"
                                + "var box = input.closest('.field');"
                                + "if (!msg) {"
                                + "  var shown = box && (box.querySelector('.ui-message-error-detail')"
                                + "      || (box.nextElementSibling && "
                                + "box.nextElementSibling.querySelector('.ui-message-error-detail')));"
                                + "  return shown ? 'NOT LINKED TO THE FIELD (no aria-describedby): ' + "
                                + "shown.textContent.trim() : '';"
                                + "}"
                                + "var near = box && (box.contains(msg) || (box.nextElementSibling && "
                                + "box.nextElementSibling.contains(msg)));"
                                + "return near ? msg.textContent.trim() : 'NOT NEXT TO THE FIELD: ' + "
                                + "msg.textContent.trim();",
                        fieldId);
        return String.valueOf(text);
    }

    /** Every field message on the page. */
    List<String> fieldMessages() {
        return driver().findElements(By.cssSelector(".ui-message-error-detail")).stream()
                .map(e -> e.getText().strip())
                .toList();
    }

    /** The texts of the global messages (p:messages). */
    String globalMessages() {
        return driver().findElements(By.cssSelector(".ui-messages")).stream()
                .map(WebElement::getText)
                .reduce("", (a, b) -> a + " " + b)
                .strip();
    }

    String cookie(String name) {
        Cookie cookie = driver().manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** Forgets every cookie: the next page is opened by an anonymous visitor with a new session. */
    Pages anonymous() {
        open("/");
        driver().manage().deleteAllCookies();
        return this;
    }

    /** Logs in through the login page; returns without checking where the forum went (see {@link #logIn}). */
    Pages tryLogIn(String email, String password) {
        if (!path().equals("/login")) {
            open("/login");
        }
        type("login:email", email);
        type("login:password", password);
        return submit("login:submit");
    }

    /** Logs in and checks that the header (citizens' or console's) now offers to log out. */
    Pages logIn(String email, String password) {
        tryLogIn(email, password);
        if (!isShown("logoutForm:logout")) {
            throw new AssertionError("login as " + email + " failed on " + driver().getCurrentUrl() + ": "
                    + globalMessages() + " " + fieldMessages());
        }
        return this;
    }

    /** Presses the header's log-out button. */
    Pages logOut() {
        return submit("logoutForm:logout");
    }

    /** Makes the browser claim, to the forum's reverse-proxy handling, another client address (or none). */
    void forwardedFor(String address) {
        driver().executeCdpCommand("Network.enable", Map.of());
        driver().executeCdpCommand(
                        "Network.setExtraHTTPHeaders",
                        Map.of("headers", address == null ? Map.of() : Map.of("X-Forwarded-For", address)));
    }
}
