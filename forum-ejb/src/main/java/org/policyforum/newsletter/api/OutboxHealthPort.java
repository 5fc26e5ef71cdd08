package org.policyforum.newsletter.api;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether the outbox moves: the single mails (address confirmations, password resets) that people wait for. forum-mail
 * implements it; the web module's readiness check and backlog meter see only this interface. It says how many mails
 * wait and since when, nothing of whom they are for.
 */
public interface OutboxHealthPort {

    /** A mail still waiting after this long means the SMTP server has refused or been away for too long. */
    Duration STUCK_AFTER = Duration.ofMinutes(30);

    /** The mails still to be sent, and when the oldest of them was written ({@code null} when none waits). */
    record Backlog(long pending, Instant oldestPending) {

        public boolean stuck(Instant now) {
            return oldestPending != null && oldestPending.isBefore(now.minus(STUCK_AFTER));
        }
    }

    Backlog backlog();
}
