package org.policyforum.web.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyforum.partner.boundary.ApiReadUses.Use;

class ApiRateLimiterTest {

    @Test
    void aBurstPastTheAllowanceIsRefusedWithTheWaitAndOtherSubjectsAreNot() {
        ApiRateLimiter limiter = new ApiRateLimiter();
        for (int i = 0; i < 60; i++) {
            assertEquals(0, limiter.take("address:a", 60), "request " + i);
        }
        long wait = limiter.take("address:a", 60);
        assertTrue(wait >= 1 && wait <= 2, "one token a second: " + wait);
        assertEquals(0, limiter.take("address:b", 60));
        assertEquals(0, limiter.take("address:a", 0), "0 is no limit");
    }

    @Test
    void theBucketRefillsEvenly() {
        ApiRateLimiter.Bucket bucket = new ApiRateLimiter.Bucket(60, 0);
        for (int i = 0; i < 60; i++) {
            assertEquals(0, bucket.take(0, 60));
        }
        assertTrue(bucket.take(0, 60) > 0);
        assertEquals(0, bucket.take(1_000_000_000L, 60), "after a second one more");
        assertTrue(bucket.take(1_000_000_000L, 60) > 0);
        assertTrue(bucket.isFull(61_000_000_000L, 60));
    }

    @Test
    void whatAnotherNodeServedIsDeductedOnceAndWhatThisNodeServedIsDrainedOnce() {
        ApiRateLimiter limiter = new ApiRateLimiter();
        Instant window = Instant.parse("2026-12-06T10:00:00Z");
        for (int i = 0; i < 10; i++) {
            assertEquals(0, limiter.take("address:a", 60, 0));
        }
        String a = ApiRateLimiter.hash("address:a");
        List<Use> drained = limiter.drain("node1", window);
        assertEquals(List.of(new Use(a, "node1", window, 60, 10)), drained);
        assertEquals(List.of(), limiter.drain("node1", window), "drained once");

        Use other = new Use(a, "node2", window, 60, 45);
        limiter.absorb(List.of(other), window, 0);
        limiter.absorb(List.of(other), window, 0);
        for (int i = 0; i < 5; i++) {
            assertEquals(0, limiter.take("address:a", 60, 0), "60 - 10 - 45 leaves 5, request " + i);
        }
        assertTrue(limiter.take("address:a", 60, 0) > 0, "the row read twice counted once");

        limiter.absorb(List.of(new Use(a, "node2", window, 60, 75)), window, 0);
        long wait = limiter.take("address:a", 60, 0);
        assertTrue(wait >= 30 && wait <= 31, "30 more served elsewhere are a debt of 30 s: " + wait);
        assertEquals(List.of(new Use(a, "node1", window, 60, 5)), limiter.drain("node1", window));
    }

    @Test
    void aSubjectOnlyAnotherNodeServedStartsHereWithWhatIsLeft() {
        ApiRateLimiter limiter = new ApiRateLimiter();
        Instant window = Instant.parse("2026-12-06T10:00:00Z");
        String b = ApiRateLimiter.hash("key:pf_b");
        limiter.absorb(List.of(new Use(b, "node2", window, 1200, 1199)), window, 0);
        assertEquals(0, limiter.take("key:pf_b", 1200, 0));
        assertTrue(limiter.take("key:pf_b", 1200, 0) > 0, "one of the minute's 1,200 was left");
        assertEquals(0, limiter.take("key:pf_b", 1200, 100_000_000L), "and 20 a second come back");
        assertEquals(0, limiter.take("key:pf_c", 1200, 0), "another subject is untouched");
    }

    @Test
    void theSubjectIsSharedOnlyAsAHash() {
        String hash = ApiRateLimiter.hash("address:203.0.113.7");
        assertEquals(64, hash.length());
        assertTrue(!hash.contains("203.0.113.7"));
        assertTrue(!hash.equals(ApiRateLimiter.hash("address:203.0.113.8")));
    }
}
