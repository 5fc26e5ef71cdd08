package org.policyforum.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.it.HtmlForms;
import org.policyforum.it.NoScriptBrowser;

/**
 * Two nodes behind the balancer on one PostgreSQL (ops/cluster.sh, the `cluster` server), over plain HTTP: a member
 * logs in, opens a topic, the node serving them dies (kill -9), and the opinion posted from the page they had open is
 * stored once on the other node, the member still logged in; the dead node then starts again and rejoins the cluster.
 * No Arquillian: the nodes are separate servers. Run by src-it's PostgreSQL pass (execution {@code cluster}) on the
 * run's one cluster ({@link Cluster}), with demo content (members with a known password, this month's topic).
 */
@Tag("cluster")
@ExtendWith(Cluster.class)
class ClusterFailoverIT {

    private static final String DEMO_MEMBER = "citizen1@demo.policy-forum.kr";

    @Test
    void theOpenFormIsPostedOnTheOtherNodeWhenTheMembersNodeDies() throws Exception {
        NoScriptBrowser browser = new NoScriptBrowser(Cluster.BALANCER);
        HttpResponse<String> login = browser.submit(
                "/login",
                "login",
                Map.of("login:email", DEMO_MEMBER, "login:password", Cluster.DEMO_PASSWORD, "login:submit", ""));
        assertTrue(login.body().contains("logoutForm:logout"), () -> "not logged in: " + login.body());

        long topic = Cluster.number("SELECT id FROM topic WHERE forum = 'MAIN' AND state = 'OPEN'");
        String path = "/topics/" + topic;
        HttpResponse<String> page = browser.get(path);
        assertEquals(200, page.statusCode());
        String node = servedBy(page);
        String form = HtmlForms.form(page.body(), "opinion");
        Map<String, String> fields = new LinkedHashMap<>(HtmlForms.hiddenFields(form));
        String text = "노드가 죽어도 남는 의견 " + System.nanoTime();
        fields.putAll(Map.of("opinion:stance", "PRO", "opinion:body", text, "opinion:post", ""));

        // WildFly commits a request's session changes (here: the page's view state) only after its response has gone
        // out, so a node killed within milliseconds of the page takes that page's state with it (CI, 2026-12-07: the
        // post came back "page open too long"). A member reads and types first; the test waits for the commit instead:
        // the next request in the same session takes the session's lock only once the first request has released it.
        assertEquals(node, servedBy(browser.get(path)), "the balancer moved the member before the node died");
        Cluster.script("kill", node);
        HttpResponse<String> posted = browser.post(HtmlForms.action(form, path), fields);

        assertNotEquals(node, servedBy(posted), "the balancer sent the post to the dead node");
        assertEquals(200, posted.statusCode(), posted::body);
        assertTrue(posted.body().contains(text), () -> "the opinion is not on the page:\n" + posted.body());
        assertTrue(posted.body().contains("logoutForm:logout"), () -> "logged out by the fail-over:\n" + posted.body());
        assertEquals(1L, Cluster.number("SELECT COUNT(*) FROM opinion WHERE body = ?", text));

        long logBefore = Files.size(Cluster.log(node));
        Cluster.script("start", node);
        Cluster.assertRejoined(node, logBefore);
        // the member's next page still knows them, wherever the balancer sends it
        HttpResponse<String> again = browser.get(path);
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("logoutForm:logout"), again::body);
    }

    /**
     * Through the balancer the nodes see the visitor's address, not the balancer's: the readiness probe (an intranet
     * service, like the console) answers this machine, and refuses a visitor from a public address.
     */
    @Test
    void theNodesSeeTheVisitorsAddressNotTheBalancers() throws Exception {
        NoScriptBrowser browser = new NoScriptBrowser(Cluster.BALANCER);
        assertEquals(200, browser.get("/ops/ready").statusCode(), "this machine is inside the console's networks");
        HttpResponse<String> outside =
                browser.send("GET", "/ops/ready", null, null, Map.of("X-Forwarded-For", "203.0.113.9"));
        assertEquals(403, outside.statusCode(), "a public visitor passed as the balancer: " + outside.body());
    }

    private static String servedBy(HttpResponse<String> response) {
        return response.headers()
                .firstValue("X-Forum-Node")
                .orElseThrow(() -> new AssertionError("no X-Forum-Node from the balancer"));
    }
}
