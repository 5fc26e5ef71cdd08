package org.policyforum.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyforum.it.cluster.Cluster.NODE1;
import static org.policyforum.it.cluster.Cluster.NODE2;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.it.HtmlForms;
import org.policyforum.it.NoScriptBrowser;

/**
 * PostgreSQL away for 30 s under both nodes (issue 16, bad input): the line between the nodes and the database is cut
 * ({@link DatabaseLine}). Meanwhile both nodes say they are not ready (503 at /ops/ready, so a balancer sends no one
 * there) and no page is a 500; when the database is back both recover by themselves, a member logs in and posts, and
 * what was acknowledged before the cut is still there.
 */
@Tag("cluster")
@ExtendWith(Cluster.class)
class ClusterWithoutTheDatabaseIT {

    private static final Duration AWAY = Duration.ofSeconds(30);
    /** How long a node may take to notice: its readiness asks the database at once, but a pool may hold a request. */
    private static final Duration NOTICED_WITHIN = Duration.ofSeconds(5);

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void bothNodesSayNotReadyMeanwhileAndRecoverByThemselves() throws Exception {
        long topic = Cluster.number("SELECT id FROM topic WHERE forum = 'MAIN' AND state = 'OPEN'");
        String before = "데이터베이스가 끊기기 전에 남긴 의견 " + System.nanoTime();
        post("citizen4@demo.policy-forum.kr", topic, before);

        List<String> answers = new ArrayList<>();
        long cutAt = System.nanoTime();
        Cluster.line().cut();
        try {
            while (System.nanoTime() - cutAt < AWAY.toNanos()) {
                boolean noticed = System.nanoTime() - cutAt > NOTICED_WITHIN.toNanos();
                for (String node : List.of(NODE1, NODE2)) {
                    int ready = status(node, "/ops/ready");
                    answers.add(node + " /ops/ready " + ready);
                    assertTrue(
                            ready == 503 || (!noticed && ready == 200),
                            () -> node + " said ready without its database: " + answers);
                    for (String page : List.of("/", "/topics/" + topic, "/login")) {
                        int status = status(node, page);
                        answers.add(node + " " + page + " " + status);
                        assertTrue(
                                status != 500 && status < 600,
                                () -> "an error page 500 without the database: " + answers);
                    }
                }
                Thread.sleep(2_000);
            }
        } finally {
            Cluster.line().restore();
        }
        System.out.println("[it] ClusterWithoutTheDatabaseIT: answers while cut " + answers);

        long back = System.nanoTime();
        for (String node : List.of(NODE1, NODE2)) {
            while (status(node, "/ops/ready") != 200) {
                assertTrue(
                        System.nanoTime() - back < Duration.ofSeconds(60).toNanos(),
                        node + " not ready again 60 s after the database came back");
                Thread.sleep(500);
            }
        }
        // and the balancer sends people there again once its checks saw them ready (HAProxy: rise 2, 1 s apart)
        while (balancerReady() != 200) {
            assertTrue(
                    System.nanoTime() - back < Duration.ofSeconds(60).toNanos(),
                    "the balancer finds no ready node 60 s after the database came back");
            Thread.sleep(500);
        }
        System.out.printf(
                "[it] ClusterWithoutTheDatabaseIT: nodes and balancer ready %d ms after the database came back%n",
                Duration.ofNanos(System.nanoTime() - back).toMillis());
        String after = "데이터베이스가 돌아온 뒤의 의견 " + System.nanoTime();
        post("citizen5@demo.policy-forum.kr", topic, after);
        assertEquals(1, Cluster.number("SELECT COUNT(*) FROM opinion WHERE body = ?", before), "lost: " + before);
        assertEquals(1, Cluster.number("SELECT COUNT(*) FROM opinion WHERE body = ?", after));
    }

    /** A demo member logs in through the balancer and posts an opinion on the topic; the page shows it. */
    private static void post(String member, long topic, String text) throws Exception {
        NoScriptBrowser browser = new NoScriptBrowser(Cluster.BALANCER);
        HttpResponse<String> login = browser.submit(
                "/login",
                "login",
                Map.of("login:email", member, "login:password", Cluster.DEMO_PASSWORD, "login:submit", ""));
        assertTrue(login.body().contains("logoutForm:logout"), () -> "not logged in: " + login.body());
        String path = "/topics/" + topic;
        HttpResponse<String> page = browser.get(path);
        assertEquals(200, page.statusCode(), page::body);
        String form = HtmlForms.form(page.body(), "opinion");
        Map<String, String> fields = new LinkedHashMap<>(HtmlForms.hiddenFields(form));
        fields.putAll(Map.of("opinion:stance", "NEUTRAL", "opinion:body", text, "opinion:post", ""));
        HttpResponse<String> posted = browser.post(HtmlForms.action(form, path), fields);
        assertEquals(200, posted.statusCode(), posted::body);
        assertTrue(posted.body().contains(text), () -> "the opinion is not on the page:\n" + posted.body());
    }

    private static int balancerReady() throws Exception {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create(Cluster.BALANCER + "/ops/ready"))
                                .timeout(Duration.ofSeconds(20))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static int status(String node, String path) throws Exception {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create(Cluster.node(node) + path))
                                    .timeout(Duration.ofSeconds(20))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (java.io.IOException noAnswer) {
            return 600; // no answer at all: as bad as a 500
        }
    }
}
