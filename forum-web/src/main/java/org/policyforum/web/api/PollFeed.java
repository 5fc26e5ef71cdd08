package org.policyforum.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.policyforum.poll.boundary.Polls;
import org.policyforum.web.poll.PollJson;

/**
 * Live poll results as server-sent events: one broadcaster per poll that someone is watching, fed by a once-a-second
 * tick that sends only when the results changed. Every browser on a poll therefore costs one open connection and no
 * requests; a vote surge costs one count per poll per second (see Tallies), however many readers watch.
 *
 * <p>The feed sends what an anonymous reader may see (the tick runs as nobody): a poll that hides its results until one
 * has voted streams only its number of ballots while open. Server-sent events rather than a Faces websocket because
 * the anonymous topic page is served without a session and from a shared cache; an EventSource needs neither.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PollFeed {

    private static final Logger LOG = Logger.getLogger(PollFeed.class.getName());
    /** Tells browsers how soon to reconnect after a restart or a dropped connection. */
    static final long RECONNECT_MILLIS = 2000;

    @Inject
    Polls polls;

    private final Map<Long, Channel> channels = new ConcurrentHashMap<>();

    private static final class Channel {
        final SseBroadcaster broadcaster;
        final Sse sse;
        /** The open connections; a set, so that a sink reported both failed and closed is forgotten once. */
        final Set<SseEventSink> watchers = ConcurrentHashMap.newKeySet();

        volatile String lastSent;

        Channel(Sse sse) {
            this.sse = sse;
            this.broadcaster = sse.newBroadcaster();
            broadcaster.onClose(watchers::remove);
            broadcaster.onError((sink, error) -> watchers.remove(sink));
        }

        boolean isWatched() {
            watchers.removeIf(SseEventSink::isClosed);
            return !watchers.isEmpty();
        }
    }

    /** Adds a browser to the poll's feed and sends it the results at once (a cached page may be a little old). */
    // a live poll is public: anyone reading the topic page may follow its count
    @PermitAll
    public void watch(long pollId, String currentJson, SseEventSink sink, Sse sse) {
        Channel channel = channels.computeIfAbsent(pollId, id -> new Channel(sse));
        channel.watchers.add(sink);
        channel.broadcaster.register(sink);
        sink.send(event(channel.sse, currentJson));
    }

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    @PermitAll
    public void tick() {
        channels.forEach((pollId, channel) -> {
            if (!channel.isWatched()) {
                return;
            }
            try {
                polls.results(pollId).map(PollJson::results).ifPresent(json -> {
                    if (!json.equals(channel.lastSent)) {
                        channel.lastSent = json;
                        channel.broadcaster.broadcast(event(channel.sse, json));
                    }
                });
            } catch (RuntimeException e) {
                // one poll's failure must not stop the others' feeds; the next tick tries again
                LOG.log(Level.WARNING, "live results of poll " + pollId + " not sent", e);
            }
        });
    }

    private static OutboundSseEvent event(Sse sse, String json) {
        return sse.newEventBuilder()
                .name("results")
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(json)
                .reconnectDelay(RECONNECT_MILLIS)
                .build();
    }
}
