package org.policyforum.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.it.Deployments;

/**
 * What an operator's monitoring sees, over real HTTP from inside the server: {@code /health/live},
 * {@code /health/ready} and the Prometheus text of {@code /metrics}, all on the management interface (loopback here)
 * and none of them on the public port.
 */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    private static final int OFFSET = Integer.getInteger("jboss.socket.binding.port-offset", 0);
    private static final int MANAGEMENT_PORT = 9990 + OFFSET;
    private static final URI MANAGEMENT = URI.create("http://127.0.0.1:" + MANAGEMENT_PORT);
    private static final URI PUBLIC = URI.create("http://127.0.0.1:" + (8080 + OFFSET));

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
    }

    @Test
    void thePublicPortServesNeitherHealthNorMetrics() throws Exception {
        for (String path : List.of("/health", "/health/live", "/health/ready", "/metrics")) {
            HttpResponse<String> answer = get(PUBLIC.resolve(path));
            assertEquals(404, answer.statusCode(), path + " on the public port");
            assertTrue(!answer.body().contains("deployments-status"), path + " leaked a health report");
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

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static Map<String, String> checks(HttpResponse<String> response) {
        return json(response).getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
    }
}
