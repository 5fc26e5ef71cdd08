package org.policyforum.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.it.Deployments;
import org.policyforum.it.Fixtures;
import org.policyforum.it.Rows;
import org.policyforum.node.boundary.Nodes;

/**
 * What an operator's monitoring sees, over real HTTP from inside the server: the server's {@code /health/live},
 * {@code /health/ready} and the Prometheus text of {@code /metrics} on the management interface (loopback here), and
 * the forum's own {@code /health/live} and {@code /health/ready} on the public port for the console's networks; no
 * metrics and no server health on the public port.
 */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    private static final int OFFSET = Integer.getInteger("jboss.socket.binding.port-offset", 0);
    private static final int MANAGEMENT_PORT = 9990 + OFFSET;
    private static final URI MANAGEMENT = URI.create("http://127.0.0.1:" + MANAGEMENT_PORT);
    private static final URI PUBLIC = URI.create("http://127.0.0.1:" + (8080 + OFFSET));

    @Inject
    Nodes nodes;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(OperationsIT.class);
    }

    @Test
    void liveAnswersUp() throws Exception {
        HttpResponse<String> live = get(MANAGEMENT.resolve("/health/live"));
        assertEquals(200, live.statusCode(), live.body());
        assertEquals("UP", json(live).getString("status"));
    }

    @Test
    void readyIsUpWithTheForumDeployed() throws Exception {
        HttpResponse<String> ready = get(MANAGEMENT.resolve("/health/ready"));
        assertEquals(200, ready.statusCode(), ready.body());
        Map<String, String> checks = checks(ready);
        assertEquals("UP", checks.get("deployments-status"), ready.body());
        assertEquals("UP", checks.get("server-state"), ready.body());
        assertTrue(ready.body().contains(Deployments.EAR_NAME), "the forum's deployment is among the checks");
    }

    /**
     * The forum's own checks: the database answers, the schema has this build's migrations, the outbox moves; at
     * {@code /health/ready} and at {@code /ops/ready}, the address the load balancers were given first.
     */
    @Test
    void theForumIsReady() throws Exception {
        for (String path : List.of("/health/ready", "/ops/ready")) {
            theForumIsReadyAt(path);
        }
    }

    private void theForumIsReadyAt(String path) throws Exception {
        HttpResponse<String> ready = get(PUBLIC.resolve(path));
        assertEquals(200, ready.statusCode(), ready.body());
        assertEquals("no-store", ready.headers().firstValue("Cache-Control").orElse(""));
        Map<String, String> checks = checks(ready);
        assertEquals("UP", json(ready).getString("status"), ready.body());
        assertEquals(
                Map.of(
                        "forum-database", "UP",
                        "forum-migrations", "UP",
                        "forum-mail-outbox", "UP",
                        "forum-node", "UP"),
                checks,
                ready.body());
        JsonObject migrations = check(ready, "forum-migrations").getJsonObject("data");
        assertEquals(0, migrations.getInt("pending"), ready.body());
        assertEquals(
                String.valueOf(
                        Rows.single("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"installed_rank\" ="
                                + " (SELECT MAX(\"installed_rank\") FROM \"flyway_schema_history\")")),
                migrations.getString("version"),
                ready.body());
    }

    /**
     * A mail that has waited longer than half an hour (here: a retry planned for tomorrow of a mail written 31 minutes
     * ago) makes the node not ready, naming the outbox; once it is gone the node is ready again.
     */
    @Test
    void aStuckOutboxMakesTheNodeNotReady() throws Exception {
        long id = 900_000_000L + System.nanoTime() % 1_000_000;
        LocalDateTime now = LocalDateTime.now(java.time.ZoneOffset.UTC);
        Rows.update(
                "INSERT INTO outbox_mail (id, recipient, subject, text_body, kind, status, attempts, next_attempt_at,"
                        + " message_id, created_at) VALUES (?, 'stuck@example.org', 's', 't', 'TEST', 'PENDING', 3,"
                        + " ?, ?, ?)",
                id,
                java.sql.Timestamp.valueOf(now.plusDays(1)),
                "<stuck-" + id + "@example.org>",
                java.sql.Timestamp.valueOf(now.minusMinutes(31)));
        try {
            HttpResponse<String> ready = get(PUBLIC.resolve("/health/ready"));
            assertEquals(503, ready.statusCode(), ready.body());
            Map<String, String> checks = checks(ready);
            assertEquals("DOWN", checks.get("forum-mail-outbox"), ready.body());
            assertEquals("UP", checks.get("forum-database"), ready.body());
            assertTrue(check(ready, "forum-mail-outbox").getJsonObject("data").getInt("pending") >= 1, ready.body());
            assertTrue(!ready.body().contains("stuck@example.org"), "the check names no person");
        } finally {
            Rows.update("DELETE FROM outbox_mail WHERE id = ?", id);
        }
        HttpResponse<String> again = get(PUBLIC.resolve("/ops/ready"));
        assertEquals(200, again.statusCode(), again.body());
    }

    @Test
    void metricsAreTextWithRequestsAndTheDatabasePool() throws Exception {
        // one request, so that the request counters have counted
        assertEquals(200, get(PUBLIC.resolve("/")).statusCode());
        HttpResponse<String> metrics = get(MANAGEMENT.resolve("/metrics"));
        assertEquals(200, metrics.statusCode(), metrics.body());
        String text = metrics.body();
        assertTrue(text.contains("# TYPE "), "Prometheus text format");
        String names = text.lines()
                .filter(line -> !line.startsWith("#"))
                .map(line -> line.replaceAll("[{ ].*", ""))
                .distinct()
                .collect(Collectors.joining(" "));
        for (String meter : List.of("undertow_request_count_total", "undertow_processing_time_seconds_total")) {
            assertTrue(text.contains(meter + "{"), meter + " missing from /metrics: " + names);
        }
        assertTrue(text.contains(Deployments.EAR_NAME), "counted per deployment: " + names);
        // the forum's own meters: the page just rendered has a render time; the counters and the backlog are there
        // from the start
        for (String meter : List.of(
                "forum_page_render_seconds_count",
                "forum_ballots_total",
                "forum_outbox_backlog",
                "forum_campaign_mails_sent_total",
                "forum_outbox_mails_sent_total")) {
            assertTrue(names.contains(meter), meter + " missing from /metrics: " + names);
        }
        assertTrue(text.contains("view=\"/index.xhtml\""), "the page's render time is by view: " + names);
    }

    @Test
    void theForumIsLive() throws Exception {
        HttpResponse<String> live = get(PUBLIC.resolve("/health/live"));
        assertEquals(200, live.statusCode(), live.body());
        assertEquals("no-store", live.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(Map.of("forum-web", "UP"), checks(live), live.body());
    }

    /** The public port answers the forum's checks only: no metrics, no report of the server's deployments. */
    @Test
    void thePublicPortServesNoMetricsAndNoServerHealth() throws Exception {
        for (String path : List.of("/health", "/health/live", "/health/ready", "/health/started", "/metrics")) {
            HttpResponse<String> answer = get(PUBLIC.resolve(path));
            assertTrue(!answer.body().contains("deployments-status"), path + " leaked the server's health report");
            assertEquals(
                    path.startsWith("/health/live") || path.startsWith("/health/ready") ? 200 : 404,
                    answer.statusCode(),
                    path + " on the public port");
        }
    }

    /** Scripts and style sheets travel compressed; pages do not (a page holds the form's secret: BREACH). */
    @Test
    void scriptsAndStylesAreCompressedAndPagesAreNot() throws Exception {
        for (String path : List.of(
                "/jakarta.faces.resource/core.js.xhtml?ln=primefaces",
                "/jakarta.faces.resource/forum/forum.css.xhtml",
                "/resources/forum/forum.css")) {
            HttpResponse<byte[]> answer = http.send(
                    HttpRequest.newBuilder(PUBLIC.resolve(path))
                            .header("Accept-Encoding", "gzip")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, answer.statusCode(), path);
            assertEquals(
                    "gzip", answer.headers().firstValue("Content-Encoding").orElse(""), path + " is not compressed");
            assertEquals(0x1f, answer.body()[0] & 0xff, path + " is not gzip");
        }
        for (String path : List.of("/", "/login")) {
            HttpResponse<byte[]> page = http.send(
                    HttpRequest.newBuilder(PUBLIC.resolve(path))
                            .header("Accept-Encoding", "gzip")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, page.statusCode(), path);
            assertTrue(page.headers().firstValue("Content-Encoding").isEmpty(), path + " went out compressed");
        }
    }

    @Test
    void theManagementInterfaceListensOnLoopbackOnly() throws Exception {
        List<InetAddress> others = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .toList();
        for (InetAddress address : others) {
            assertThrows(
                    IOException.class,
                    () -> {
                        try (Socket socket = new Socket()) {
                            socket.connect(new InetSocketAddress(address, MANAGEMENT_PORT), 2000);
                        }
                    },
                    "the management interface answered on " + address);
        }
    }

    /**
     * Issue 16: a live peer of another build (its heartbeat written a moment ago, as that node's would be) is named in
     * the readiness answer, which stays up (a rolling upgrade runs both builds for a while), and logged as a WARNING
     * once, not at every heartbeat; a peer of another build whose heartbeat is older than two minutes is gone and
     * named nowhere.
     */
    @Test
    void aPeerOfAnotherBuildIsNamedInReadinessAndLoggedOnce() throws Exception {
        String live = "it-peer-" + Fixtures.unique();
        String gone = "it-gone-" + Fixtures.unique();
        Instant now = Instant.now();
        String insert = "INSERT INTO cluster_node (node_name, version, started_at, heartbeat_at) VALUES (?, ?, ?, ?)";
        Rows.update(insert, live, "0.0.1 (20000101000000)", Timestamp.from(now), Timestamp.from(now));
        Rows.update(
                insert,
                gone,
                "0.0.2 (20000101000000)",
                Timestamp.from(now.minusSeconds(600)),
                Timestamp.from(now.minus(Nodes.LIVE).minusSeconds(10)));
        try {
            Nodes.Status status = nodes.beat();
            nodes.beat();
            assertEquals(
                    List.of(live),
                    status.otherVersions().stream().map(p -> p.node()).toList());

            HttpResponse<String> ready = get(PUBLIC.resolve("/ops/ready"));
            assertEquals(200, ready.statusCode(), ready.body());
            JsonObject data = check(ready, "forum-node").getJsonObject("data");
            assertEquals(live + "=0.0.1 (20000101000000)", data.getString("otherVersions"), ready.body());
            assertEquals(status.version(), data.getString("version"));
            assertTrue(data.getString("version").matches("\\d+\\.\\d+\\.\\d+\\S* \\(\\d{14}\\)"), ready.body());
            assertTrue(!ready.body().contains(gone), "a peer silent for longer than two minutes is gone");

            Path log = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
            List<String> warnings = Files.readAllLines(log).stream()
                    .filter(line -> line.contains("WARN") && line.contains("Cluster node " + live + " runs version"))
                    .toList();
            assertEquals(1, warnings.size(), warnings::toString);
            assertTrue(Files.readAllLines(log).stream().noneMatch(line -> line.contains(gone)));
        } finally {
            Rows.update("DELETE FROM cluster_node WHERE node_name IN (?, ?)", live, gone);
            nodes.beat();
        }
        assertEquals(List.of(), nodes.status().otherVersions());
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static JsonObject check(HttpResponse<String> response, String name) {
        return json(response).getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among the checks: " + response.body()));
    }

    private static Map<String, String> checks(HttpResponse<String> response) {
        return json(response).getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
    }
}
