package org.policyforum.web.partner;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.policyforum.node.boundary.Nodes;
import org.policyforum.partner.boundary.ApiReadUses;
import org.policyforum.partner.boundary.ApiReadUses.Use;
import org.policyforum.platform.control.ForumEnvironment;

/**
 * Shares this node's API read limits with the other nodes (issue 16, see {@link ApiRateLimiter}): every second
 * (a timer that is not persistent: every node runs its own) it writes what it served since the last second and reads
 * what the others served. Costs, per node: nothing while it served nothing and knows no peer; one batched statement
 * a second while it serves reads; and, while a peer is alive (the node heartbeat, or a peer's rows seen within the
 * last minute), one read a second besides. A node that knows no peer still reads every
 * {@value #SPARSE_READS} seconds, so it notices a peer that has just started before the heartbeat says so.
 *
 * <p>The exchange runs on the managed executor, and a tick while the last one still waits (for a database that is
 * away) does nothing: the timer itself returns at once, so the container never warns of an overlapping run every
 * second (WFLYEJB0043) while {@link ApiReadUses} has said once that the limits count alone.
 *
 * <p>The rows carry the writer's clock, so the nodes' clocks must agree within {@link #LAG} (NTP does better).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ApiReadLimitSync {

    /** How often; the schedule of {@link #tick} says the same. */
    static final Duration INTERVAL = Duration.ofSeconds(1);
    /** Without a known peer, a read every this many intervals. */
    static final int SPARSE_READS = 10;
    /** Each read goes back this far before the last one, for rows that committed late and for clock skew. */
    static final Duration LAG = Duration.ofSeconds(3);
    /** Rows older than this are pruned: more than any read goes back. */
    static final Duration KEPT = Duration.ofMinutes(1);
    /** A peer whose rows were seen this recently counts as alive. */
    static final Duration PEER_SEEN = Duration.ofMinutes(1);

    @Inject
    ApiRateLimiter limiter;

    @Inject
    ApiReadUses uses;

    @Inject
    Nodes nodes;

    @Inject
    ForumEnvironment environment;

    @Resource
    ManagedExecutorService executor;

    private final AtomicBoolean busy = new AtomicBoolean();

    private long ticks;
    private Instant lastRead;
    private Instant peerSeen = Instant.MIN;
    private Instant lastWrite = Instant.MIN;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false, info = "API read limits shared")
    @PermitAll
    public void tick() {
        if (environment.apiRateAnonymous() <= 0 && environment.apiRateKeyed() <= 0) {
            return;
        }
        if (!busy.compareAndSet(false, true)) {
            return; // the last exchange still waits; what was served meanwhile goes with the next one
        }
        try {
            executor.execute(() -> {
                try {
                    exchange();
                } finally {
                    busy.set(false);
                }
            });
        } catch (RejectedExecutionException e) {
            busy.set(false);
        }
    }

    private void exchange() {
        Instant now = Instant.now();
        ticks++;
        String node = nodes.status().node();
        List<Use> mine = limiter.drain(node, now.truncatedTo(ChronoUnit.SECONDS));
        if (!mine.isEmpty()) {
            lastWrite = now;
        }
        boolean peers = nodes.status().livePeers() > 0 || peerSeen.isAfter(now.minus(PEER_SEEN));
        Instant readSince = null;
        if (peers || ticks % SPARSE_READS == 1) {
            Instant from = lastRead == null ? now.minus(INTERVAL.multipliedBy(SPARSE_READS)) : lastRead;
            readSince = from.minus(LAG).truncatedTo(ChronoUnit.SECONDS);
        }
        // pruned by whichever node is busy, also the rows of a node that has gone
        boolean prune = ticks % SPARSE_READS == 0 && lastWrite.isAfter(now.minus(KEPT));
        if (mine.isEmpty() && readSince == null && !prune) {
            return;
        }
        Optional<List<Use>> others = uses.exchange(node, mine, readSince, prune ? now.minus(KEPT) : null);
        if (others.isPresent() && readSince != null) {
            lastRead = now;
            if (!others.get().isEmpty()) {
                peerSeen = now;
            }
            limiter.absorb(others.get(), readSince);
        }
    }
}
