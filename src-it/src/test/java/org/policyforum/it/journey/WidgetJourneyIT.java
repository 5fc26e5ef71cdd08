package org.policyforum.it.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A partner's site embeds the widget: the operator registers a page served on another loopback port as a partner in
 * the console and copies the snippet; that page then shows this month's topic in the frame, and the very same page
 * served from a port nobody registered gets the frame refused by the browser (the widget's frame-ancestors). The
 * widget passes axe and fits a 360 px phone.
 */
class WidgetJourneyIT extends Journey {

    @Test
    void aRegisteredPartnerPageShowsTheTopicAndAnUnregisteredOneIsRefused() throws Exception {
        Pages pages = new Pages(browser, base);
        browser.desktop();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String title = "Widget topic " + unique;
        String proTitle = "Trees cool the streets " + unique;
        Operator operator = Operator.ensure(pages);
        pages.anonymous().logIn(operator.email, operator.password);
        TopicConsole console = new TopicConsole(pages);
        String bureau = console.newBureau(unique);
        console.draft("MAIN", title, "Should every street get trees?", "<p>Shade and cost.</p>", bureau);
        console.addBrief(title, "PRO", "Dr. Green " + unique, "Institute of Trees", proTitle, "Shade saves lives.");
        console.move(title, "admin.topics.schedule", "SCHEDULED");
        console.move(title, "admin.topics.open", "OPEN");

        HttpServer registered = partnerSite();
        HttpServer stranger = partnerSite();
        try {
            String origin = "http://127.0.0.1:" + registered.getAddress().getPort();
            String partner = "Portal " + unique;
            pages.openChecked("/admin/partners.xhtml?lang=en");
            pages.type("partner:name", partner)
                    .type("partner:contact", "web@portal.example")
                    .type("partner:origins", origin);
            pages.clickAndAwait(
                    "partner:save",
                    ExpectedConditions.textToBePresentInElementLocated(By.id("list:partners"), partner));
            pages.await(ExpectedConditions.visibilityOfElementLocated(By.id("detail:snippet")));
            String snippet = pages.element("detail:snippet").getAttribute("value");
            assertTrue(snippet.startsWith("<iframe src=\"") && snippet.contains("/widget/topic?partner="), snippet);
            pages.clickAndAwait(
                    "detail:issue", ExpectedConditions.visibilityOfElementLocated(By.id("detail:issuedKey")));
            assertTrue(pages.element("detail:issuedKey").getAttribute("value").startsWith("pf_"));
            pages.assertAccessible();
            page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>Partner portal</title></head>"
                    + "<body><h1>Partner portal</h1>" + snippet + "</body></html>";

            // the registered site: the frame shows the month's topic, its brief and the way to take part
            browser.driver().get(origin + "/");
            browser.driver().switchTo().frame(0);
            pages.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".widget-title"), title));
            assertTrue(browser.driver().findElement(By.id("widget-pro")).isDisplayed());
            assertTrue(browser.driver().getPageSource().contains(proTitle));
            WebElement takePart = browser.driver().findElement(By.cssSelector("a.widget-link"));
            assertEquals("_blank", takePart.getAttribute("target"));
            assertTrue(takePart.getAttribute("href").contains("/topics/"));
            browser.driver().switchTo().defaultContent();

            // the same page from a port nobody registered: the browser refuses to show the widget in the frame
            browser.driver().get("http://127.0.0.1:" + stranger.getAddress().getPort() + "/");
            pages.await(ExpectedConditions.presenceOfElementLocated(By.tagName("iframe")));
            browser.driver().switchTo().frame(0);
            // Chromium puts its error page in a frame whose ancestors the policy does not name
            pages.await(driver -> String.valueOf(browser.driver().executeScript("return document.URL"))
                    .startsWith("chrome-error:"));
            List<WebElement> shown = browser.driver().findElements(By.cssSelector(".widget-title"));
            assertTrue(shown.isEmpty(), "the widget showed on an unregistered site");
            browser.driver().switchTo().defaultContent();

            // the widget itself: axe, and a phone's width
            String widget = snippet.substring(snippet.indexOf("src=\"") + 5, snippet.indexOf("\" title="));
            browser.driver().get(widget.replace("&amp;", "&"));
            pages.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".widget-title"), title));
            browser.assertAccessible();
            browser.phone();
            browser.driver().navigate().refresh();
            pages.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".widget-title")));
            browser.assertFitsThePhone();
            browser.desktop();
        } finally {
            registered.stop(0);
            stranger.stop(0);
        }
    }

    private volatile String page = "";

    /** A partner's site on a free loopback port: one page, whatever is asked. */
    private HttpServer partnerSite() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }
}
