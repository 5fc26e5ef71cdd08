package org.policyforum.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policyforum.it.HtmlForms;
import org.policyforum.it.NoScriptBrowser;

/**
 * Two nodes behind the balancer on one PostgreSQL (ops/cluster.sh, the `cluster` server), over plain HTTP: a member
 * logs in, opens a topic, the node serving them dies (kill -9), and the opinion posted from the page they had open is
 * stored once on the other node, the member still logged in; the dead node then starts again and rejoins the cluster.
 * No Arquillian: the nodes are separate servers. Run by src-it's PostgreSQL pass (execution {@code cluster}), in a
 * schema of its own in the pass's database, with demo content (members with a known password, this month's topic).
 */
@Tag("cluster")
class ClusterFailoverIT {

    private static final String SCHEMA = "forum_cluster";
    private static final String DEMO_MEMBER = "citizen1@demo.policy-forum.kr";
    private static final String DEMO_PASSWORD = "demo-password-2026";
    /** A JGroups view of two members as WildFly logs it, e.g. "view: [node1|1] (2) [node1, node2]". */
    private static final Pattern VIEW_OF_TWO = Pattern.compile("\\|\\d+\\] \\(2\\) \\[");

    private static final Path DIR = Path.of(System.getProperty("it.cluster.dir"));
    private static final String BALANCER = "http://127.0.0.1:" + System.getProperty("it.cluster.port");

    @BeforeAll
    static void up() throws Exception {
        try (Connection c = database();
                var st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            st.execute("CREATE SCHEMA " + SCHEMA);
        }
        if (Files.isDirectory(DIR)) {
            cluster("down"); // what an aborted run left
        }
        deleteTree(DIR);
        Files.createDirectories(DIR);
        cluster("up");
    }

    @AfterAll
    static void down() throws Exception {
        cluster("down");
    }

    @Test
    void theOpenFormIsPostedOnTheOtherNodeWhenTheMembersNodeDies() throws Exception {
        NoScriptBrowser browser = new NoScriptBrowser(BALANCER);
        HttpResponse<String> login = browser.submit(
                "/login",
                "login",
                Map.of("login:email", DEMO_MEMBER, "login:password", DEMO_PASSWORD, "login:submit", ""));
        assertTrue(login.body().contains("logoutForm:logout"), () -> "not logged in: " + login.body());

        long topic = ((Number) single("SELECT id FROM topic WHERE forum = 'MAIN' AND state = 'OPEN'")).longValue();
        String path = "/topics/" + topic;
        HttpResponse<String> page = browser.get(path);
        assertEquals(200, page.statusCode());
        String node = servedBy(page);
        String form = HtmlForms.form(page.body(), "opinion");
        Map<String, String> fields = new LinkedHashMap<>(HtmlForms.hiddenFields(form));
        String text = "노드가 죽어도 남는 의견 " + System.nanoTime();
        fields.putAll(Map.of("opinion:stance", "PRO", "opinion:body", text, "opinion:post", ""));

        cluster("kill", node);
        HttpResponse<String> posted = browser.post(HtmlForms.action(form, path), fields);

        assertNotEquals(node, servedBy(posted), "the balancer sent the post to the dead node");
        assertEquals(200, posted.statusCode(), posted::body);
        assertTrue(posted.body().contains(text), () -> "the opinion is not on the page:\n" + posted.body());
        assertTrue(posted.body().contains("logoutForm:logout"), () -> "logged out by the fail-over:\n" + posted.body());
        assertEquals(1L, ((Number) single("SELECT COUNT(*) FROM opinion WHERE body = ?", text)).longValue());

        long logBefore = Files.size(log(node));
        cluster("start", node);
        assertRejoined(node, logBefore);
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
        NoScriptBrowser browser = new NoScriptBrowser(BALANCER);
        assertEquals(200, browser.get("/ops/ready").statusCode(), "this machine is inside the console's networks");
        HttpResponse<String> outside =
                browser.send("GET", "/ops/ready", null, null, Map.of("X-Forwarded-For", "203.0.113.9"));
        assertEquals(403, outside.statusCode(), "a public visitor passed as the balancer: " + outside.body());
    }

    /** The restarted node's log shows a cluster view of two members, written after it started again. */
    private static void assertRejoined(String node, long logBefore) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String since = "";
        while (Instant.now().isBefore(deadline)) {
            byte[] all = Files.readAllBytes(log(node));
            since = new String(all, (int) logBefore, all.length - (int) logBefore, StandardCharsets.UTF_8);
            if (VIEW_OF_TWO.matcher(since).find()) {
                return;
            }
            Thread.sleep(500);
        }
        String tail = since.length() > 4000 ? since.substring(since.length() - 4000) : since;
        throw new AssertionError(node + " did not rejoin (no cluster view of 2 in its log):\n" + tail);
    }

    private static Path log(String node) {
        return DIR.resolve(node).resolve("log").resolve("server.log");
    }

    private static String servedBy(HttpResponse<String> response) {
        return response.headers()
                .firstValue("X-Forum-Node")
                .orElseThrow(() -> new AssertionError("no X-Forum-Node from the balancer"));
    }

    /** Runs ops/cluster.sh with the nodes' environment; fails with the script's output when it fails. */
    private static void cluster(String... arguments) throws Exception {
        Path output = DIR.resolve("script.out");
        ProcessBuilder script = new ProcessBuilder(
                        concat(List.of("bash", System.getProperty("it.cluster.script")), List.of(arguments)))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(output.toFile()));
        Map<String, String> env = script.environment();
        env.put("FORUM_CLUSTER_SERVER", System.getProperty("it.cluster.server"));
        env.put("FORUM_CLUSTER_EAR", System.getProperty("it.cluster.ear"));
        env.put("FORUM_CLUSTER_DIR", DIR.toString());
        env.put("FORUM_CLUSTER_OFFSETS", System.getProperty("it.cluster.offsets"));
        env.put("FORUM_CLUSTER_PORT", System.getProperty("it.cluster.port"));
        env.put("FORUM_DB_URL", System.getProperty("it.cluster.db.url") + "?currentSchema=" + SCHEMA);
        env.put("FORUM_DB_USER", System.getProperty("it.cluster.db.user"));
        env.put("FORUM_DB_PASSWORD", System.getProperty("it.cluster.db.password"));
        env.put("FORUM_DEMO", "true");
        env.put("FORUM_CAMPAIGN_TIMER", "off");
        env.put("FORUM_DIGEST_TIMER", "off");
        Process process = script.start();
        boolean finished = process.waitFor(6, TimeUnit.MINUTES);
        String said = Files.readString(output);
        System.out.print(said);
        if (!finished) {
            process.destroyForcibly();
        }
        assertTrue(
                finished && process.exitValue() == 0,
                () -> "ops/cluster.sh " + String.join(" ", arguments) + " failed:\n" + said);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Object single(String sql, Object... parameters) throws Exception {
        try (Connection c = database()) {
            c.setSchema(SCHEMA);
            try (PreparedStatement st = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    st.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rs = st.executeQuery()) {
                    assertTrue(rs.next(), sql);
                    Object value = rs.getObject(1);
                    assertFalse(rs.next(), () -> "more than one row: " + sql);
                    return value;
                }
            }
        }
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection(
                System.getProperty("it.cluster.db.url"),
                System.getProperty("it.cluster.db.user"),
                System.getProperty("it.cluster.db.password"));
    }

    private static void deleteTree(Path root) throws Exception {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
