package org.policyforum.it.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyforum.it.poll.PollScenario.CITIZEN;

import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.it.Deployments;
import org.policyforum.it.Fixtures;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.poll.boundary.PollAdministration;
import org.policyforum.poll.boundary.Polls;

/**
 * The live results feed of a poll ({@code GET /api/polls/{id}/events}) when readers leave it: a closed tab or a phone
 * out of reach drops its stream, and the next results the feed sends find the connection gone. That is an everyday
 * event no operator can act on, so it must leave nothing in the server log. Undertow logs it as an ERROR with a stack
 * trace (UT005088, ClosedChannelException); the server configuration leaves that message out (configure-server.cli).
 */
@ExtendWith(ArquillianExtension.class)
class LiveFeedIT {

    private static final Pattern BALLOTS = Pattern.compile("\"ballots\":(\\d+)");
    private static final int READERS_WHO_LEAVE = 20;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(LiveFeedIT.class, PollScenario.class);
    }

    @Inject
    Polls polls;

    @Inject
    PollAdministration administration;

    @Inject
    SignUps signUps;

    @Test
    void readersWhoLeaveALivePollLeaveNothingInTheServerLog() throws Exception {
        long operator = Fixtures.citizen(signUps, 1980);
        Fixtures.grant(operator, "OPERATOR");
        long poll = PollScenario.create(administration, operator, form -> {});
        List<Long> options = PollScenario.options(polls, poll);
        Path log = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
        long logBefore = Files.size(log);

        // readers who leave: each opens the stream, reads the results it is sent at once, and goes (Undertow's error
        // came for some of the streams left, not for each: so many leave)
        for (int i = 0; i < READERS_WHO_LEAVE; i++) {
            try (Socket leaving = stream(poll)) {
                assertEquals(0, nextBallots(reader(leaving)));
                if (i % 2 == 0) {
                    leaving.setSoLinger(true, 0); // a reset, as when a phone's connection is gone; else a tab closed
                }
            }
        }
        // a reader who stays sees each new ballot: the feed sent every change to the dropped streams too (a tick
        // sends to all of a poll's streams), and the last change comes ticks after the first one's failures
        try (Socket staying = stream(poll)) {
            BufferedReader events = reader(staying);
            assertEquals(0, nextBallots(events));
            for (int ballots = 1; ballots <= 3; ballots++) {
                long voter = Fixtures.citizen(signUps, 1990 + ballots);
                Identities.as(voter, CITIZEN, () -> polls.castBallot(poll, Set.of(options.get(0))));
                readUntilBallots(events, ballots);
            }
        }

        byte[] all = Files.readAllBytes(log);
        String logged = new String(all, (int) logBefore, all.length - (int) logBefore, StandardCharsets.UTF_8);
        // nothing of Undertow's at all: neither its ERROR nor, had the filter's logger no level, its DEBUG lines
        assertTrue(
                !logged.contains("[io.undertow") && !logged.contains(" ERROR ") && !logged.contains("\n\tat "),
                () -> "readers who left the feed left this in the server log:\n" + logged);
    }

    /** A feed of a poll that does not exist (or not yet publicly) is refused like its results, not an empty 200. */
    @Test
    void anUnknownPollHasNoFeed() throws Exception {
        try (Socket unknown = stream(999_999_999L)) {
            String status = reader(unknown).readLine();
            assertTrue(status != null && status.startsWith("HTTP/1.1 404"), () -> "answered " + status);
        }
    }

    /** A raw connection to the poll's event stream (a socket, so that the test decides how it ends). */
    private static Socket stream(long poll) throws IOException {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        socket.setSoTimeout(15_000); // the feed sends a change within a second or two; a silent stream fails the test
        OutputStream out = socket.getOutputStream();
        out.write(("GET /api/polls/" + poll + "/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Accept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    }

    /**
     * Reads the stream's results events until one counts {@code expected} ballots (the feed may repeat the count it
     * sent first: its first tick sends to every stream what it has not sent before).
     */
    private static void readUntilBallots(BufferedReader events, int expected) throws IOException {
        for (int seen = nextBallots(events); seen != expected; seen = nextBallots(events)) {
            assertTrue(seen < expected, "the stream counted " + seen + " ballots, more than the " + expected + " cast");
        }
    }

    /** The ballots of the next results event on the stream. */
    private static int nextBallots(BufferedReader events) throws IOException {
        for (String line = events.readLine(); line != null; line = events.readLine()) {
            Matcher ballots = BALLOTS.matcher(line);
            if (line.startsWith("data:") && ballots.find()) {
                return Integer.parseInt(ballots.group(1));
            }
        }
        throw new AssertionError("the event stream ended without a results event");
    }
}
