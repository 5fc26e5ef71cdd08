package org.policyforum.web.partner;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.policyforum.partner.boundary.ApiReadUses.Use;

/**
 * Token buckets for API reads: one per client address (anonymous), per logged-in member or per key, holding at most a
 * minute's allowance and refilled evenly, so a burst past the allowance is refused at once and a steady client never
 * is. The buckets live in this node's memory, so a read never waits for the database; what the nodes of a cluster
 * serve a subject is shared through {@code api_read_use} instead (issue 16): once a second ({@link ApiReadLimitSync})
 * this node {@linkplain #drain writes} what it served each subject since the last time and {@linkplain #absorb
 * deducts} what the other nodes wrote, so a client that goes from node to node draws on one allowance.
 *
 * <p>The bound: a request that another node serves reaches this node's bucket at most two flush intervals later
 * ({@link ApiReadLimitSync#INTERVAL}: the other node's next flush writes it, this node's next one reads it; up to
 * {@link ApiReadLimitSync#SPARSE_READS} intervals on a node that has seen no peer for a minute). Over any span,
 * the nodes together therefore serve one subject at most one allowance, plus the refill over the span, plus what the
 * other nodes served it in the last two seconds before the end; the latter is at most each other node's own
 * allowance, so a burst at N nodes in the same second can still take N allowances once, while a client that goes on
 * is held to one rate. A bucket may go below empty by what the others served: its {@code Retry-After} then says
 * when the debt is paid. When the database is away each node counts alone, as before issue 16.
 *
 * <p>Subjects are kept and shared only as a SHA-256 ({@link #hash}), never as an address or key.
 */
@ApplicationScoped
public class ApiRateLimiter {

    /** Above this many buckets, full ones (idle clients) are dropped. */
    static final int MAX_BUCKETS = 20_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    /** Served since the last drain, by subject hash. */
    private final Map<String, Served> served = new ConcurrentHashMap<>();
    /** The other nodes' rows already deducted: their cumulative {@code taken} as last seen. */
    private final Map<RowKey, Integer> seen = new ConcurrentHashMap<>();

    private record Served(int perMinute, int count) {}

    private record RowKey(String subjectHash, String node, Instant window) {}

    /** Takes one request from the bucket: 0 when allowed, else the seconds until one is allowed again. */
    public long take(String subject, int perMinute) {
        if (perMinute <= 0) {
            return 0;
        }
        return take(subject, perMinute, System.nanoTime());
    }

    long take(String subject, int perMinute, long now) {
        if (buckets.size() > MAX_BUCKETS) {
            buckets.values().removeIf(b -> b.isFull(now, perMinute));
        }
        String hash = hash(subject);
        long wait =
                buckets.computeIfAbsent(hash, s -> new Bucket(perMinute, now)).take(now, perMinute);
        if (wait == 0) {
            served.merge(hash, new Served(perMinute, 1), (a, b) -> new Served(b.perMinute(), a.count() + 1));
        }
        return wait;
    }

    /** What this node served since the last drain, as its rows of {@code window}; forgets it here. */
    public List<Use> drain(String node, Instant window) {
        List<Use> uses = new ArrayList<>();
        for (String hash : served.keySet()) {
            Served s = served.remove(hash);
            if (s != null) {
                uses.add(new Use(hash, node, window, s.perMinute(), s.count()));
            }
        }
        return uses;
    }

    /**
     * Deducts from the buckets what the other nodes served and this node has not deducted yet: the rows read are
     * cumulative, so a row read twice (the reads overlap a little, for rows that committed late) counts once. Rows
     * of windows before {@code since} are never read again, so their memory is dropped.
     */
    public void absorb(List<Use> others, Instant since) {
        absorb(others, since, System.nanoTime());
    }

    void absorb(List<Use> others, Instant since, long now) {
        for (Use use : others) {
            RowKey key = new RowKey(use.subjectHash(), use.node(), use.window());
            int before = seen.getOrDefault(key, 0);
            int fresh = use.taken() - before;
            if (fresh <= 0 || use.perMinute() <= 0) {
                continue;
            }
            seen.put(key, use.taken());
            buckets.computeIfAbsent(use.subjectHash(), s -> new Bucket(use.perMinute(), now))
                    .deduct(now, use.perMinute(), fresh);
        }
        seen.keySet().removeIf(k -> k.window().isBefore(since));
    }

    /** The subject as stored and shared: a SHA-256, so no address or key leaves this node's memory. */
    static String hash(String subject) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("api-read:" + subject).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static final class Bucket {
        private static final double MINUTE = 60e9;
        private double tokens;
        private long at;

        Bucket(int perMinute, long now) {
            this.tokens = perMinute;
            this.at = now;
        }

        synchronized long take(long now, int perMinute) {
            refill(now, perMinute);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            double nanosToOne = (1 - tokens) * MINUTE / perMinute;
            return Math.max(1, (long) Math.ceil(nanosToOne / 1e9));
        }

        /** Another node served {@code n}: taken from here too, below empty if need be (a debt paid by the refill). */
        synchronized void deduct(long now, int perMinute, int n) {
            refill(now, perMinute);
            tokens -= n;
        }

        synchronized boolean isFull(long now, int perMinute) {
            refill(now, perMinute);
            return tokens >= perMinute;
        }

        private void refill(long now, int perMinute) {
            tokens = Math.min(perMinute, tokens + (now - at) * perMinute / MINUTE);
            at = now;
        }
    }
}
