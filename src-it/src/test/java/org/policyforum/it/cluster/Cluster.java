package org.policyforum.it.cluster;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.policyforum.it.Deployments;

/**
 * The run's one cluster: two nodes of the cluster server behind the balancer on one PostgreSQL (ops/cluster.sh), in a
 * schema of its own in the pass's database, with demo content; the nodes reach PostgreSQL through a forwarder in the
 * test JVM ({@link DatabaseLine}) that a test can cut. Started by the first cluster class that needs it and
 * kept in JUnit's root store until the last one has run: every class on it saves a start of two nodes (about a minute
 * and a half here). Each class leaves both nodes running when it ends (a class that kills one starts it again); a
 * node that a failed class left down is started again before the next class.
 *
 * <p>The nodes run the test EAR: the built EAR with the movable clock in its lib/ ({@code it.clock.TestClock}, the real
 * time unless a request moves it for its own thread) and the test hooks ({@link ClusterHooks}) in the web module;
 * nothing of it is in the product EAR. The monthly campaign's own persistent timer is on, as in production (its
 * schedule is due once a month); the daily digest's is off.
 */
public final class Cluster implements BeforeAllCallback {

    static final String SCHEMA = "forum_cluster";
    static final String DEMO_PASSWORD = "demo-password-2026";
    static final String NODE1 = "node1";
    static final String NODE2 = "node2";
    /** A JGroups view of two members as WildFly logs it, e.g. "view: [node1|1] (2) [node1, node2]". */
    private static final Pattern VIEW_OF_TWO = Pattern.compile("\\|\\d+\\] \\(2\\) \\[");

    static final Path DIR = Path.of(System.getProperty("it.cluster.dir"));
    static final String BALANCER = "http://127.0.0.1:" + System.getProperty("it.cluster.port");

    private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(Cluster.class);
    /** "jdbc:postgresql://host:port/database" of the pass. */
    private static final Pattern PG_URL = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/(.+)");

    /** The nodes reach PostgreSQL through this line, which a test may cut (ClusterWithoutTheDatabaseIT). */
    private static DatabaseLine line;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        context.getRoot().getStore(STORE).getOrComputeIfAbsent(Running.class, type -> Running.start(), Running.class);
        // a class that failed between killing a node and starting it again left that node down: start it here, so
        // that its failure is reported once instead of failing every class after it (as in CI on 2026-12-07)
        for (String node : List.of(NODE1, NODE2)) {
            if (script("start", node).contains("ready after")) {
                awaitBalancerSends(node);
            }
        }
    }

    /** Waits until the balancer (round robin, no cookie) has sent a request to {@code node}: its checks passed. */
    private static void awaitBalancerSends(String node) throws Exception {
        // HTTP/1.1: Java's client asks for HTTP/2 by an upgrade, which a node accepts; the balancer then tunnels that
        // connection to the one node for good
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<Void> ready = client.send(
                    HttpRequest.newBuilder(URI.create(BALANCER + "/ops/ready")).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (ready.headers().firstValue("X-Forum-Node").filter(node::equals).isPresent()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the balancer sends nothing to " + node + " after its start");
    }

    /** The started cluster; JUnit closes it (both nodes and the balancer down) when the run's last class is done. */
    static final class Running implements AutoCloseable {

        static Running start() {
            try {
                long started = System.nanoTime();
                try (Connection c = database();
                        var st = c.createStatement()) {
                    st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
                    st.execute("CREATE SCHEMA " + SCHEMA);
                }
                Matcher pg = PG_URL.matcher(System.getProperty("it.cluster.db.url"));
                if (!pg.matches()) {
                    throw new IllegalStateException("not a PostgreSQL URL: " + pg);
                }
                line = new DatabaseLine(pg.group(1), Integer.parseInt(pg.group(2)));
                if (Files.isDirectory(DIR)) {
                    script("down"); // what an aborted run left
                }
                deleteTree(DIR);
                Files.createDirectories(DIR);
                script("up");
                System.out.printf(
                        "[it] cluster up in %d s%n", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
                return new Running();
            } catch (Exception e) {
                throw new IllegalStateException("the cluster did not start", e);
            }
        }

        @Override
        public void close() throws Exception {
            try {
                script("down");
            } finally {
                line.close();
            }
        }
    }

    private Cluster() {}

    /** The test EAR (see the class comment), written next to the nodes' folder for ops/cluster.sh to deploy. */
    private static File testEar() {
        File ear = DIR.resolveSibling("cluster-it.ear").toFile();
        Deployments.forum(ClusterHooks.class).as(ZipExporter.class).exportTo(ear, true);
        return ear;
    }

    /** The line between the nodes and PostgreSQL. */
    static DatabaseLine line() {
        return line;
    }

    /** A node's own address, past the balancer. */
    static String node(String node) {
        String[] offsets = System.getProperty("it.cluster.offsets").trim().split("\\s+");
        int offset = Integer.parseInt(NODE1.equals(node) ? offsets[0] : offsets[1]);
        return "http://127.0.0.1:" + (8080 + offset);
    }

    static Path log(String node) {
        return DIR.resolve(node).resolve("log").resolve("server.log");
    }

    /** The restarted node's log shows a cluster view of two members, written after {@code logBefore} bytes. */
    static void assertRejoined(String node, long logBefore) throws Exception {
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

    /** Runs ops/cluster.sh with the nodes' environment and returns what it said; fails with that when it fails. */
    static String script(String... arguments) throws Exception {
        Path output = DIR.resolveSibling("cluster-script.out");
        List<String> command = new ArrayList<>(List.of("bash", System.getProperty("it.cluster.script")));
        command.addAll(List.of(arguments));
        ProcessBuilder script = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(output.toFile()));
        Map<String, String> env = script.environment();
        env.put("FORUM_CLUSTER_SERVER", System.getProperty("it.cluster.server"));
        env.put("FORUM_CLUSTER_EAR", ear().getPath());
        env.put("FORUM_CLUSTER_DIR", DIR.toString());
        env.put("FORUM_CLUSTER_OFFSETS", System.getProperty("it.cluster.offsets"));
        env.put("FORUM_CLUSTER_PORT", System.getProperty("it.cluster.port"));
        Matcher pg = PG_URL.matcher(System.getProperty("it.cluster.db.url"));
        assertTrue(pg.matches(), "a PostgreSQL URL");
        env.put(
                "FORUM_DB_URL",
                "jdbc:postgresql://127.0.0.1:" + line.port() + "/" + pg.group(3) + "?currentSchema=" + SCHEMA);
        env.put("FORUM_DB_USER", System.getProperty("it.cluster.db.user"));
        env.put("FORUM_DB_PASSWORD", System.getProperty("it.cluster.db.password"));
        env.put("FORUM_DEMO", "true");
        // the campaign's timer runs as in production (due on the 1st at 09:00); the test hooks fire it at other times
        env.put("FORUM_CAMPAIGN_TIMER", "on");
        env.put("FORUM_DIGEST_TIMER", "off");
        // FORUM_SMTP_HOST and FORUM_SMTP_PORT come from the Failsafe JVM's environment: the run's GreenMail
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
        return said;
    }

    private static File ear;

    private static synchronized File ear() {
        if (ear == null) {
            ear = testEar();
        }
        return ear;
    }

    static Connection database() throws Exception {
        return DriverManager.getConnection(
                System.getProperty("it.cluster.db.url"),
                System.getProperty("it.cluster.db.user"),
                System.getProperty("it.cluster.db.password"));
    }

    /** The rows of {@code sql} in the cluster's schema. */
    static List<List<Object>> rows(String sql, Object... parameters) throws Exception {
        try (Connection c = database()) {
            c.setSchema(SCHEMA);
            try (PreparedStatement st = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    st.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rs = st.executeQuery()) {
                    List<List<Object>> rows = new ArrayList<>();
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 1; i <= columns; i++) {
                            row.add(rs.getObject(i));
                        }
                        rows.add(row);
                    }
                    return rows;
                }
            }
        }
    }

    /** The one value of {@code sql}'s one row; fails on none or several. */
    static Object single(String sql, Object... parameters) throws Exception {
        List<List<Object>> rows = rows(sql, parameters);
        assertFalse(rows.isEmpty(), sql);
        assertTrue(rows.size() == 1, () -> "more than one row: " + sql);
        return rows.get(0).get(0);
    }

    static long number(String sql, Object... parameters) throws Exception {
        return ((Number) single(sql, parameters)).longValue();
    }

    /** Changes rows of the cluster's schema behind the nodes' backs, as an operator's SQL would. */
    static int update(String sql, Object... parameters) throws Exception {
        try (Connection c = database()) {
            c.setSchema(SCHEMA);
            try (PreparedStatement st = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    st.setObject(i + 1, parameters[i]);
                }
                return st.executeUpdate();
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
