package org.policyforum.web.partner;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets for API reads: one per client address (anonymous) or per key, holding at most a minute's allowance
 * and refilled evenly, so a burst past the allowance is refused at once and a steady client never is. Kept in memory
 * per server: a cluster of N servers allows up to N times the rate, which is fine for slowing scrapers down; the
 * limits that protect writes are counted in the database ({@code RateLimits}).
 */
@ApplicationScoped
public class ApiRateLimiter {

    /** Above this many buckets, full ones (idle clients) are dropped. */
    static final int MAX_BUCKETS = 20_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Takes one request from the bucket: 0 when allowed, else the seconds until one is allowed again. */
    public long take(String subject, int perMinute) {
        if (perMinute <= 0) {
            return 0;
        }
        long now = System.nanoTime();
        if (buckets.size() > MAX_BUCKETS) {
            buckets.values().removeIf(b -> b.isFull(now, perMinute));
        }
        return buckets.computeIfAbsent(subject, s -> new Bucket(perMinute, now)).take(now, perMinute);
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
