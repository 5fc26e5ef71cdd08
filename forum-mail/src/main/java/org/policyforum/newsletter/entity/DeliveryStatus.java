package org.policyforum.newsletter.entity;

/**
 * A campaign delivery's state. PENDING → CLAIMED (a sender took it in a batch) → SENDING (committed just before the
 * SMTP call) → SENT | FAILED, or back to PENDING for a retry. SKIPPED: the member unsubscribed, closed the account or
 * the address bounced before a sender took it.
 */
public enum DeliveryStatus {
    PENDING,
    CLAIMED,
    SENDING,
    SENT,
    FAILED,
    SKIPPED
}
