package org.policyforum.web.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

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
}
