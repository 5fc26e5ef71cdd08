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
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API's read limits across the cluster (issue 16): one anonymous client that alternates between node 1 and node 2
 * directly is refused after about one allowance (120 a minute), not two, because each node deducts what the other
 * served (web {@code ApiRateLimiter}, shared once a second). The client is an address of the documentation range
 * that nobody else uses, given in {@code X-Forwarded-For}: the nodes trust the test JVM's 127.0.0.1 as their
 * balancer (ops/cluster.sh), so the other classes' allowance at 127.0.0.1 is untouched.
 */
@Tag("cluster")
@ExtendWith(Cluster.class)
class ClusterApiLimitsIT {

    private static final String CLIENT = "203.0.113.16";
    private static final int ALLOWANCE = 120;
    private static final Pattern LIVE_PEERS = Pattern.compile("\"livePeers\":(\\d+)");

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Test
    void aClientThatAlternatesBetweenTheNodesGetsOneAllowanceNotTwo() throws Exception {
        // each node shares every second once it knows its peer (its heartbeat, at most a minute after the peer's start)
        for (String node : List.of(NODE1, NODE2)) {
            awaitPeer(node);
        }
        long started = System.nanoTime();
        int passed = 0;
        HttpResponse<String> refused = null;
        while (passed < 3 * ALLOWANCE) {
            String node = passed % 2 == 0 ? NODE1 : NODE2;
            HttpResponse<String> answer = get(node, "/api/polls/0/results");
            if (answer.statusCode() == 429) {
                refused = answer;
                break;
            }
            assertEquals(404, answer.statusCode(), answer::body); // no such poll: the gate let it through
            passed++;
            Thread.sleep(50); // 20 a second: each node's flush sees the other's part within about 2 s
        }
        System.out.printf(
                "[it] ClusterApiLimitsIT: %d reads passed, alternating, before the first 429 (%d ms)%n",
                passed, (System.nanoTime() - started) / 1_000_000);
        assertTrue(refused != null, "no 429 after " + passed + " reads");
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
        // one allowance, the refill over the run (2 a second) and about 2 s of the other node's part (145-152 in the
        // first runs); two nodes counting alone let each its own 120 plus refill pass, 240 or more. The margin up to
        // 200 is for a loaded CI machine, where a node's once-a-second exchange can run late.
        assertTrue(passed >= ALLOWANCE - 10, "the allowance itself is 120: " + passed);
        assertTrue(passed <= ALLOWANCE + 80, "about one allowance, not two: " + passed);
    }

    private void awaitPeer(String node) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(75));
        String body = "";
        while (Instant.now().isBefore(deadline)) {
            body = http.send(
                            HttpRequest.newBuilder(URI.create(Cluster.node(node) + "/ops/ready"))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher peers = LIVE_PEERS.matcher(body);
            if (peers.find() && Integer.parseInt(peers.group(1)) > 0) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError(node + " sees no live peer: " + body);
    }

    private HttpResponse<String> get(String node, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(Cluster.node(node) + path))
                        .header("X-Forwarded-For", CLIENT)
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
