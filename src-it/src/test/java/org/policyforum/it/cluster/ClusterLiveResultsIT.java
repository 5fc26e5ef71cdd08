package org.policyforum.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyforum.it.cluster.Cluster.NODE1;
import static org.policyforum.it.cluster.Cluster.NODE2;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.it.NoScriptBrowser;

/**
 * Live poll results across the cluster (issue 16): a ballot a member casts on node 1, through the poll's own API
 * (their session, the page's CSRF token), reaches a reader whose event stream is open on node 2 within 5 s. Each
 * node's feed counts from the database once a second (PollFeed), so nothing has to travel between the nodes.
 */
@Tag("cluster")
@ExtendWith(Cluster.class)
class ClusterLiveResultsIT {

    /** A demo member who votes nowhere else (ClusterFailoverIT writes as citizen1). */
    private static final String VOTER = "citizen3@demo.policy-forum.kr";

    private static final Duration PROMISED = Duration.ofSeconds(5);
    private static final Pattern TOKEN = Pattern.compile("data-csrf=\"([^\"]*)\"");
    private static final Pattern BALLOTS = Pattern.compile("\"ballots\":(\\d+)");

    @Test
    void aBallotOnOneNodeReachesAReaderOnTheOtherWithinFiveSeconds() throws Exception {
        long poll = Cluster.number("SELECT id FROM poll");
        List<List<Object>> options = Cluster.rows("SELECT id FROM poll_option WHERE poll_id = ? ORDER BY id", poll);

        // the ballots count of every results event node 2 sends
        BlockingQueue<Integer> events = new LinkedBlockingQueue<>();
        AtomicReference<Flow.Subscription> open = new AtomicReference<>();
        HttpClient reader = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        reader.sendAsync(
                HttpRequest.newBuilder(URI.create(Cluster.node(NODE2) + "/api/polls/" + poll + "/events"))
                        .header("Accept", "text/event-stream")
                        .build(),
                HttpResponse.BodyHandlers.fromLineSubscriber(new Flow.Subscriber<String>() {
                    @Override
                    public void onSubscribe(Flow.Subscription subscription) {
                        open.set(subscription);
                        subscription.request(Long.MAX_VALUE);
                    }

                    @Override
                    public void onNext(String line) {
                        Matcher ballots = BALLOTS.matcher(line);
                        if (line.startsWith("data:") && ballots.find()) {
                            events.add(Integer.valueOf(ballots.group(1)));
                        }
                    }

                    @Override
                    public void onError(Throwable throwable) {}

                    @Override
                    public void onComplete() {}
                }));
        try {
            Integer before = events.poll(10, TimeUnit.SECONDS);
            assertNotNull(before, "no results event from node 2 when the stream opened");

            NoScriptBrowser voter = new NoScriptBrowser(Cluster.node(NODE1));
            HttpResponse<String> login = voter.submit(
                    "/login",
                    "login",
                    Map.of("login:email", VOTER, "login:password", Cluster.DEMO_PASSWORD, "login:submit", ""));
            assertTrue(login.body().contains("logoutForm:logout"), () -> "not logged in: " + login.body());
            String page = voter.get("/polls/" + poll).body();
            Matcher token = TOKEN.matcher(page);
            assertTrue(token.find(), () -> "no ballot token on the poll page of a member:\n" + page);
            long sent = System.nanoTime();
            HttpResponse<String> cast = voter.send(
                    "POST",
                    "/api/polls/" + poll + "/ballot",
                    "{\"options\":[" + options.get(0).get(0) + "]}",
                    "application/json",
                    Map.of("X-CSRF-Token", token.group(1), "Accept", "application/json"));
            assertEquals(200, cast.statusCode(), cast::body);
            assertTrue(cast.body().contains("\"counted\""), cast::body);

            // counted from the moment the ballot left: an upper bound of the time from its commit to the event
            long deadline = sent + PROMISED.toNanos();
            int seen = before;
            while (seen < before + 1) {
                long left = deadline - System.nanoTime();
                assertTrue(left > 0, "node 2's stream did not show the ballot within " + PROMISED + "; last " + seen);
                Integer next = events.poll(left, TimeUnit.NANOSECONDS);
                seen = next != null ? next : seen;
            }
            assertEquals(before + 1, seen, "one ballot more");
            System.out.printf(
                    "[it] ClusterLiveResultsIT: the ballot sent to node 1 reached node 2's stream after %d ms%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent));
        } finally {
            if (open.get() != null) {
                open.get().cancel(); // closes node 2's stream
            }
        }
    }
}
