package org.policyforum.member.entity;

import java.time.Duration;

/** What a one-time link is for, and how long it stays good. */
public enum TokenPurpose {
    CONFIRM_EMAIL(Duration.ofDays(3)),
    RESET_PASSWORD(Duration.ofHours(1)),
    SETUP_OPERATOR(Duration.ofDays(7));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
