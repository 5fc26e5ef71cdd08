package org.policyforum.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.it.Deployments;
import org.policyforum.it.Fixtures;
import org.policyforum.it.Rows;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.moderation.boundary.AuditLog;
import org.policyforum.node.boundary.Nodes;
import org.policyforum.partner.boundary.Partners;
import org.policyforum.partner.entity.Partner;
import org.policyforum.platform.entity.RuleViolation;

/**
 * Partners through their boundary and over real HTTP from inside the server: registration with exact origins, a key
 * shown once and stored hashed, revocation, the API gate's 401/403/429 as problem+json, CORS for registered origins
 * only, and the widget's frame policy. Any API address serves to pass the gate: an unknown poll is a 404 from the
 * REST engine, which proves the gate let the request through.
 */
@ExtendWith(ArquillianExtension.class)
class PartnersIT {

    static final Set<String> OPERATOR = Set.of("OPERATOR");
    static final String API = "/api/polls/0/results";
    static final String OTHER_NODE = "partners-it-other-node";
    private final int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(PartnersIT.class);
    }

    @Inject
    Partners partners;

    @Inject
    AuditLog audit;

    @Inject
    SignUps signUps;

    @Inject
    Nodes nodes;

    long operator;
    String origin;

    @BeforeEach
    void operator() {
        operator = Fixtures.citizen(signUps, 1980);
        Fixtures.grant(operator, "OPERATOR");
        // a loopback port nobody serves: an origin is only a name here
        origin = "http://127.0.0.1:" + (20000 + (int) (Math.random() * 20000));
    }

    @Test
    void aKeyIsShownOnceStoredHashedCountedAndRevoked() throws Exception {
        long auditBefore = as(() -> audit.count("partner."));
        RuleViolation bad = assertThrows(
                RuleViolation.class, () -> as(() -> partners.register("포털", "a@example.org", "https://x/path")));
        assertEquals("origins", bad.field());
        assertEquals("partner.origins.invalid", bad.messageKey());

        Partner partner = as(() -> partners.register("포털 " + Fixtures.unique(), "a@example.org", origin + "/"));
        assertEquals(List.of(origin), partner.origins(), "kept in the browser's form, without the slash");
        Partners.IssuedKey issued = as(() -> partners.issueKey(partner.getId()));
        String secret = issued.key().substring(issued.key().indexOf('.') + 1);
        assertEquals(43, secret.length(), "32 random bytes");
        String stored = (String) Rows.single("SELECT secret_hash FROM partner_key WHERE id = ?", issued.id());
        assertEquals(sha256(secret), stored);
        assertEquals(
                0,
                Rows.count(
                        "SELECT COUNT(*) FROM partner_key WHERE secret_hash LIKE ? OR prefix LIKE ?",
                        "%" + secret + "%",
                        "%" + secret + "%"),
                "the secret itself is nowhere");
        assertFalse(as(() -> partners.keys(partner.getId())).toString().contains(secret));

        assertEquals(404, get(API, Map.of("X-Api-Key", issued.key())).statusCode(), "a good key passes");
        assertEquals(
                404, get(API, Map.of("Authorization", "Bearer " + issued.key())).statusCode());
        Partners.DayUsage today = as(() -> partners.usage(partner.getId())).get(0);
        assertEquals(2, today.requests());
        assertTrue(!today.day().isBefore(LocalDate.now().minusDays(1)));

        as(() -> {
            partners.revokeKey(issued.id());
            return null;
        });
        for (String key : List.of(issued.key(), "pf_0123456789." + "A".repeat(43), "nonsense")) {
            HttpResponse<String> refused = get(API, Map.of("X-Api-Key", key));
            assertProblem(refused, 401, "api.key.unknown");
        }
        assertEquals(auditBefore + 3, as(() -> audit.count("partner.")), "register, issue and revoke audited");
        assertEquals(
                0,
                Rows.count("SELECT COUNT(*) FROM audit_entry WHERE detail LIKE ?", "%" + secret + "%"),
                "the audit log names the prefix, never the key");
    }

    @Test
    void corsOnlyForRegisteredOriginsAndAKeyOnlyFromItsOwn() throws Exception {
        Partner partner = as(() -> partners.register("포털 " + Fixtures.unique(), "a@example.org", origin));
        String key = as(() -> partners.issueKey(partner.getId())).key();

        HttpResponse<String> registered = get(API, Map.of("Origin", origin, "X-Api-Key", key));
        assertEquals(404, registered.statusCode());
        assertEquals(
                origin,
                registered.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(registered.headers().allValues("Vary").toString().contains("Origin"));

        HttpResponse<String> preflight = send(
                "OPTIONS",
                API,
                Map.of(
                        "Origin",
                        origin,
                        "Access-Control-Request-Method",
                        "GET",
                        "Access-Control-Request-Headers",
                        "x-api-key"));
        assertEquals(204, preflight.statusCode());
        assertEquals(
                origin,
                preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(preflight
                .headers()
                .firstValue("Access-Control-Allow-Headers")
                .orElse("")
                .contains("X-Api-Key"));
        assertFalse(preflight
                .headers()
                .firstValue("Access-Control-Allow-Methods")
                .orElse("")
                .contains("POST"));

        String stranger = "http://127.0.0.2:" + (port + 1);
        HttpResponse<String> unregistered = get(API, Map.of("Origin", stranger));
        assertEquals(404, unregistered.statusCode(), "anonymous reads stay open");
        assertTrue(
                unregistered.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        HttpResponse<String> strangePreflight =
                send("OPTIONS", API, Map.of("Origin", stranger, "Access-Control-Request-Method", "GET"));
        assertProblem(strangePreflight, 403, "api.origin.unknown");
        assertTrue(strangePreflight
                .headers()
                .firstValue("Access-Control-Allow-Origin")
                .isEmpty());

        assertProblem(get(API, Map.of("Origin", stranger, "X-Api-Key", key)), 403, "api.key.origin");
        assertProblem(send("POST", "/api/polls/0/ballot", Map.of("X-Api-Key", key)), 403, "api.key.readOnly");

        as(() -> {
            partners.deactivate(partner.getId());
            return null;
        });
        HttpResponse<String> deactivated = get(API, Map.of("Origin", origin, "X-Api-Key", key));
        assertProblem(deactivated, 401, "api.key.unknown");
        assertTrue(
                deactivated.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    @Test
    void aBurstPastTheLimitIsRefusedWith429AndRetryAfterWhileAKeyKeepsItsOwnAllowance() throws Exception {
        Partner partner = as(() -> partners.register("포털 " + Fixtures.unique(), "a@example.org", origin));
        String key = as(() -> partners.issueKey(partner.getId())).key();
        HttpResponse<String> refused = null;
        int passed = 0;
        while (passed < 1000) {
            HttpResponse<String> answer = get(API, Map.of());
            if (answer.statusCode() == 429) {
                refused = answer;
                break;
            }
            assertEquals(404, answer.statusCode());
            passed++;
        }
        assertTrue(refused != null, "no 429 after " + passed + " requests");
        assertTrue(passed >= 100, "the anonymous allowance is a minute's 120, less what other tests used: " + passed);
        assertProblem(refused, 429, "api.rate.limited");
        long retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals(404, get(API, Map.of("X-Api-Key", key)).statusCode(), "a key has its own, higher allowance");

        Thread.sleep(retryAfter * 1000 + 200);
        assertEquals(404, get(API, Map.of()).statusCode(), "after Retry-After the address may read again");
        // leave the address some allowance for the other tests, whichever runs next (2 a second come back)
        Thread.sleep(5000);
    }

    @Test
    void whatAnotherNodeServedAKeyIsDeductedFromTheAllowanceHere() throws Exception {
        Partner partner = as(() -> partners.register("포털 " + Fixtures.unique(), "a@example.org", origin));
        Partners.IssuedKey issued = as(() -> partners.issueKey(partner.getId()));
        String subject = sha256("api-read:key:" + issued.prefix());
        Timestamp now = Timestamp.from(Instant.now());
        // another node, as its heartbeat and its flush would write them: it served the key the whole minute's 1,200
        Rows.update(
                "INSERT INTO cluster_node (node_name, version, started_at, heartbeat_at) VALUES (?, ?, ?, ?)",
                OTHER_NODE,
                nodes.status().version(),
                now,
                now);
        try {
            nodes.beat();
            Rows.update(
                    "INSERT INTO api_read_use (subject_hash, node_name, window_start, per_minute, taken)"
                            + " VALUES (?, ?, ?, 1200, 1200)",
                    subject,
                    OTHER_NODE,
                    Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
            Thread.sleep(3000); // the limiter reads the other nodes' rows once a second
            int passed = 0;
            HttpResponse<String> refused = null;
            while (passed < 1200) {
                HttpResponse<String> answer = get(API, Map.of("X-Api-Key", issued.key()));
                if (answer.statusCode() == 429) {
                    refused = answer;
                    break;
                }
                assertEquals(404, answer.statusCode());
                passed++;
            }
            assertTrue(refused != null, "the other node's 1,200 were not deducted: 1,200 passed here");
            assertTrue(passed < 300, "only what came back since (20 a second) passes: " + passed);
            assertProblem(refused, 429, "api.rate.limited");
            Thread.sleep(1500); // this node's flush
            assertTrue(
                    Rows.count(
                                    "SELECT COALESCE(SUM(taken), 0) FROM api_read_use WHERE subject_hash = ?"
                                            + " AND node_name <> ?",
                                    subject,
                                    OTHER_NODE)
                            >= passed,
                    "this node wrote what it served, for the other nodes");
            assertEquals(
                    0,
                    Rows.count(
                            "SELECT COUNT(*) FROM api_read_use WHERE subject_hash LIKE ?", "%" + issued.prefix() + "%"),
                    "the key is kept as a hash only");
        } finally {
            Rows.update("DELETE FROM api_read_use WHERE node_name = ?", OTHER_NODE);
            Rows.update("DELETE FROM cluster_node WHERE node_name = ?", OTHER_NODE);
            nodes.beat();
        }
    }

    @Test
    void theWidgetIsFramedOnlyByItsPartnersOriginsAndSetsNoCookie() throws Exception {
        Partner partner = as(() -> partners.register("포털 " + Fixtures.unique(), "a@example.org", origin));
        HttpResponse<String> widget = get("/widget/topic?partner=" + partner.getPublicId(), Map.of());
        assertEquals(200, widget.statusCode(), widget::body);
        List<String> policies = widget.headers().allValues("Content-Security-Policy");
        assertTrue(policies.contains("frame-ancestors " + origin), policies::toString);
        assertFalse(policies.toString().contains("frame-ancestors 'self'"), policies::toString);
        assertTrue(widget.headers().firstValue("X-Frame-Options").isEmpty());
        assertTrue(widget.headers().allValues("Set-Cookie").isEmpty(), () -> widget.headers()
                .toString());
        assertFalse(widget.body().contains("jakarta.faces.ViewState"), "a stateless view");

        HttpResponse<String> english = get("/widget/topic?lang=en&partner=" + partner.getPublicId(), Map.of());
        assertTrue(english.body().contains("lang=\"en\""));
        assertTrue(english.headers().allValues("Set-Cookie").isEmpty(), "the language is not remembered");

        // the widget's own bytes, gzipped: page, style and the live-results script (the brief: at most 30 KB)
        long size = gzipped(widget.body())
                + gzipped(get("/jakarta.faces.resource/forum/widget.css.xhtml", Map.of())
                        .body())
                + gzipped(get("/jakarta.faces.resource/forum/poll-live.js.xhtml", Map.of())
                        .body());
        System.out.println("widget gzipped bytes: " + size);
        assertTrue(size < 30 * 1024, "widget " + size + " bytes gzipped");

        HttpResponse<String> unknown = get("/widget/topic?partner=nobody", Map.of());
        assertEquals(404, unknown.statusCode());
        assertFalse(unknown.headers()
                .allValues("Content-Security-Policy")
                .toString()
                .contains(origin));
        as(() -> {
            partners.deactivate(partner.getId());
            return null;
        });
        assertEquals(
                404,
                get("/widget/topic?partner=" + partner.getPublicId(), Map.of()).statusCode());
    }

    @Test
    void citizensAreRefusedEveryPartnerBoundary() throws Exception {
        long citizen = Fixtures.citizen(signUps, 1990);
        Set<String> roles = Set.of("CITIZEN");
        List<java.util.concurrent.Callable<Object>> calls = List.of(
                () -> partners.all(),
                () -> partners.register("x", "y", "https://x.example"),
                () -> partners.issueKey(1),
                () -> partners.keys(1),
                () -> partners.usage(1));
        for (var call : calls) {
            assertThrows(EJBAccessException.class, () -> Identities.as(citizen, roles, call));
        }
        assertNotEquals(0, calls.size());
    }

    private <T> T as(java.util.concurrent.Callable<T> work) throws Exception {
        return Identities.as(operator, OPERATOR, work);
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        return send("GET", path, headers);
    }

    private HttpResponse<String> send(String method, String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String code) {
        assertEquals(status, answer.statusCode(), answer::body);
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = Json.createReader(new StringReader(answer.body())).readObject();
        assertEquals(code, problem.getString("code"));
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("detail").isBlank());
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII)));
    }

    private static long gzipped(String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.size();
    }
}
