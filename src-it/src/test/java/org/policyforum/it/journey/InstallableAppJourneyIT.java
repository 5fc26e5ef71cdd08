package org.policyforum.it.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A resident adds the forum to a phone's home screen: every page links the web app manifest in its language (names,
 * icons, colours, start address), the service worker installs and controls the pages, and when the network is gone
 * a page opens as the offline page in both languages instead of the browser's error. Checked in Chromium, with axe
 * and at 360 px.
 */
class InstallableAppJourneyIT extends Journey {

    /** Fetches the page's manifest in the page and answers its type, fields and each icon's status and type. */
    private static final String READ_MANIFEST =
            """
            const done = arguments[arguments.length - 1];
            (async () => {
              const link = document.querySelector('link[rel=manifest]');
              const answer = await fetch(link.href);
              const manifest = await answer.json();
              const icons = [];
              for (const icon of manifest.icons) {
                const image = await fetch(new URL(icon.src, link.href));
                icons.push(icon.sizes + ' ' + icon.purpose + ' ' + image.status + ' '
                    + image.headers.get('content-type'));
              }
              return {type: answer.headers.get('content-type'), name: manifest.name, shortName: manifest.short_name,
                      startUrl: new URL(manifest.start_url, link.href).pathname + new URL(manifest.start_url,
                      link.href).search, scope: new URL(manifest.scope, link.href).pathname, display: manifest.display,
                      theme: manifest.theme_color, background: manifest.background_color, icons: icons.join(', ')};
            })().then(done, e => done({error: String(e)}));""";

    /** Waits for the service worker to be active for this page; answers its script's path and state. */
    private static final String WORKER_READY =
            """
            const done = arguments[arguments.length - 1];
            navigator.serviceWorker.ready
                .then(r => done(new URL(r.active.scriptURL).pathname + ' ' + r.active.state + ' ' + r.scope))
                .catch(e => done('error ' + e));""";

    @Test
    void everyPageLinksAManifestInItsLanguageWhoseIconsAnswer() {
        Pages pages = new Pages(browser, base);
        browser.desktop();
        for (String language : List.of("ko", "en")) {
            pages.open("/polls?lang=" + language);
            @SuppressWarnings("unchecked")
            Map<String, Object> manifest = (Map<String, Object>) pages.driver().executeAsyncScript(READ_MANIFEST);
            String name = Texts.text(Locale.forLanguageTag(language), "app.name");
            assertEquals(null, manifest.get("error"), language);
            assertTrue(
                    String.valueOf(manifest.get("type")).startsWith("application/manifest+json"), manifest.toString());
            assertEquals(name, manifest.get("name"), language);
            assertEquals(name, manifest.get("shortName"), language);
            assertTrue(String.valueOf(manifest.get("startUrl")).startsWith("/?source=pwa"), manifest.toString());
            assertEquals("/", manifest.get("scope"));
            assertEquals("standalone", manifest.get("display"));
            assertEquals("#0b5cad", manifest.get("theme"));
            assertEquals("#f5f7fa", manifest.get("background"));
            assertEquals(
                    "192x192 any 200 image/png, 512x512 any 200 image/png, 512x512 maskable 200 image/png",
                    manifest.get("icons"));
        }
    }

    @Test
    void theServiceWorkerControlsThePagesAndShowsTheOfflinePageWithoutNetwork() {
        Pages pages = new Pages(browser, base);
        browser.desktop();
        pages.open("/?lang=ko");
        String worker = String.valueOf(pages.driver().executeAsyncScript(WORKER_READY));
        assertTrue(worker.startsWith("/sw.js activated"), worker);
        pages.driver().navigate().refresh();
        assertEquals(
                Boolean.TRUE,
                pages.driver().executeScript("return navigator.serviceWorker.controller !== null"),
                "the reloaded page is controlled by the worker");

        try {
            network(pages, true);
            pages.open("/polls");
            assertEquals(
                    Texts.ko("offline.title"),
                    pages.driver().findElement(By.tagName("h1")).getText());
            String shown = pages.driver().findElement(By.tagName("main")).getText();
            assertTrue(shown.contains(Texts.ko("offline.text")), shown);
            assertTrue(shown.contains(Texts.en("offline.title")), shown);
            assertTrue(shown.contains(Texts.en("offline.text")), shown);
            assertEquals(
                    "rgb(245, 247, 250)",
                    pages.driver().executeScript("return getComputedStyle(document.body).backgroundColor"),
                    "the site's style sheet came from the worker's cache");
            pages.assertAccessible();
            browser.phone();
            pages.open("/ideas");
            assertEquals(
                    Texts.ko("offline.title"),
                    pages.driver().findElement(By.tagName("h1")).getText());
            browser.assertFitsThePhone();
            pages.assertAccessible();
        } finally {
            browser.desktop();
            network(pages, false);
        }
        pages.open("/polls?lang=ko");
        assertNotEquals(Texts.ko("offline.title"), pages.heading(), "back online, pages come from the server again");
    }

    /** The worker's debugging sessions this test opened to cut its network; closed when the network is back. */
    private final List<String> workerSessions = new ArrayList<>();

    /**
     * Cuts or restores the network for the page and for the service worker: the page's own emulation does not reach
     * the worker's fetches (the worker is a target of its own), so the worker is attached and told the same. The
     * emulation lives in that session: restoring answers it and closes it.
     */
    @SuppressWarnings("unchecked")
    private void network(Pages pages, boolean offline) {
        Map<String, Object> conditions =
                Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1);
        pages.driver().executeCdpCommand("Network.enable", Map.of());
        pages.driver().executeCdpCommand("Network.emulateNetworkConditions", conditions);
        if (!offline) {
            for (String session : workerSessions) {
                toWorker(
                        pages,
                        session,
                        "{\"id\":3,\"method\":\"Network.emulateNetworkConditions\",\"params\":"
                                + "{\"offline\":false,\"latency\":0,"
                                + "\"downloadThroughput\":-1,\"uploadThroughput\":-1}}");
                pages.driver().executeCdpCommand("Target.detachFromTarget", Map.of("sessionId", session));
            }
            workerSessions.clear();
            return;
        }
        Map<String, Object> targets = pages.driver().executeCdpCommand("Target.getTargets", Map.of());
        for (Map<String, Object> target : (List<Map<String, Object>>) targets.get("targetInfos")) {
            if ("service_worker".equals(target.get("type"))) {
                Map<String, Object> attached = pages.driver()
                        .executeCdpCommand(
                                "Target.attachToTarget", Map.of("targetId", target.get("targetId"), "flatten", false));
                String session = String.valueOf(attached.get("sessionId"));
                workerSessions.add(session);
                toWorker(pages, session, "{\"id\":1,\"method\":\"Network.enable\",\"params\":{}}");
                toWorker(
                        pages,
                        session,
                        "{\"id\":2,\"method\":\"Network.emulateNetworkConditions\",\"params\":"
                                + "{\"offline\":true,\"latency\":0,"
                                + "\"downloadThroughput\":-1,\"uploadThroughput\":-1}}");
            }
        }
        assertTrue(!workerSessions.isEmpty(), "a service worker to take offline among " + targets);
    }

    private static void toWorker(Pages pages, String session, String message) {
        pages.driver()
                .executeCdpCommand("Target.sendMessageToTarget", Map.of("sessionId", session, "message", message));
    }
}
