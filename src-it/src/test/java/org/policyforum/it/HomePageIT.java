package org.policyforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The citizens' home page as an anonymous visitor meets it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomePageIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.forum();
    }

    @Test
    void homePageAnswersWithHtml() throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(base.toExternalForm()).resolve("/"))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();

        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), () -> "GET " + request.uri() + " answered:\n" + response.body());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
                () -> "Content-Type " + response.headers().firstValue("Content-Type"));
    }

    /**
     * Pages a visitor only reads keep nothing for them on the server: no session, no view state. (A crawler or a link
     * shared on a news site would otherwise cost a session per request.) Error pages count, as bots ask for many.
     */
    @Test
    void readOnlyPagesOpenNoSessionForVisitors() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Map<String, Integer> pages = new LinkedHashMap<>();
        pages.put("/", 200);
        pages.put("/privacy", 200);
        pages.put("/terms", 200);
        pages.put("/outcomes", 200);
        pages.put("/ideas", 200);
        pages.put("/forum", 200);
        pages.put("/youth", 200);
        // the archive's search is in the address; an overlong or odd one is cut or ignored, not an error
        pages.put("/forum?words=" + "a".repeat(500) + "&month=2026-13", 200);
        pages.put("/youth?words=%EB%8F%84%EC%84%9C%EA%B4%80&month=x", 200);
        pages.put("/no-such-page.xhtml", 404);
        pages.put("/topics/999999999", 404);
        pages.put("/polls/999999999", 404);
        for (Map.Entry<String, Integer> page : pages.entrySet()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(base.toExternalForm()).resolve(page.getKey()))
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(page.getValue(), response.statusCode(), page.getKey());
            assertEquals(
                    List.of(),
                    response.headers().allValues("Set-Cookie").stream()
                            .filter(c -> c.startsWith("JSESSIONID"))
                            .toList(),
                    "a session for a visitor who only reads " + page.getKey());
        }
        // the search words come back into the search box from the address: escaped, never markup
        HttpResponse<String> forged = client.send(
                HttpRequest.newBuilder(URI.create(base.toExternalForm())
                                .resolve("/forum?words=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E"))
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, forged.statusCode());
        assertTrue(
                !forged.body().contains("<script>alert(1)"), "the search words were written into the page as markup");
        assertTrue(
                forged.body().contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""),
                "the words are not shown back escaped");
    }

    /**
     * Nothing a visitor sees on the reading pages needs PrimeFaces' scripts, so they come without them (a phone's first
     * paint waited for them: issue 14) and run without a script error, also at the phone's width.
     */
    @Test
    @Tag("browser")
    void readingPagesComeWithoutPrimeFacesScripts() {
        browser.phone();
        for (String path : List.of("/", "/ideas", "/outcomes", "/forum", "/terms", "/no-such-page.xhtml")) {
            browser.assertNoScriptErrors(() -> browser.open(base, path));
            assertEquals(
                    "undefined",
                    browser.driver().executeScript("return typeof window.jQuery"),
                    path + " loaded PrimeFaces' jQuery");
        }
    }

    @Test
    @Tag("browser")
    void homePageIsAccessible() {
        browser.desktop().open(base, "/");
        browser.assertAccessible();
    }

    @Test
    @Tag("browser")
    void homePageFitsAPhone() {
        browser.phone().open(base, "/");
        browser.assertFitsThePhone();
    }

    @Test
    @Tag("browser")
    void everyLinkAndButtonOfTheMainPagesIsAThumbsTapTargetOnAPhone() {
        for (String page : List.of("/", "/forum", "/polls", "/login", "/signup", "/privacy", "/terms")) {
            browser.phone().open(base, page);
            browser.assertFitsThePhone();
        }
        browser.desktop();
    }

    @Test
    @Tag("browser")
    void aFocusedButtonShowsAFocusRingAndKoreanHeadingsBreakBetweenWords() {
        browser.phone().open(base, "/login");
        browser.assertAccessible();
        // a keyboard user's focus: Tab from the last field until a PrimeFaces button has the focus
        browser.driver()
                .executeScript("const f = document.querySelectorAll('main input:not([type=hidden])');"
                        + "f[f.length - 1].focus();");
        for (int i = 0;
                i < 5
                        && !Boolean.TRUE.equals(browser.driver()
                                .executeScript("return document.activeElement.classList.contains('ui-button');"));
                i++) {
            new org.openqa.selenium.interactions.Actions(browser.driver())
                    .sendKeys(org.openqa.selenium.Keys.TAB)
                    .perform();
        }
        Object ring = browser.driver()
                .executeScript("const e = document.activeElement; const s = getComputedStyle(e);"
                        + "return e.classList.contains('ui-button') + ' ' + s.outlineStyle + ' ' + "
                        + "parseFloat(s.outlineWidth);");
        assertEquals("true solid 3", ring, "the focused PrimeFaces button's outline");
        Object keepAll =
                browser.driver().executeScript("return getComputedStyle(document.querySelector('h1')).wordBreak;");
        assertEquals("keep-all", keepAll);
        browser.desktop();
    }
}
