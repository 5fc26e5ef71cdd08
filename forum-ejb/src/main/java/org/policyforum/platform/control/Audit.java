package org.policyforum.platform.control;

/**
 * Where an official's action is written down, in the same transaction as the action. Every feature records through
 * this port; the moderation feature keeps the log (its {@code AuditTrail}) and shows it, so no feature, and not the
 * platform, depends on moderation for it.
 */
public interface Audit {

    /** Records {@code action} on {@code target} (e.g. {@code topic:12}) by the caller, with a short detail. */
    void record(String action, String target, String detail);

    /**
     * Records what the forum did by its own rule, not by the caller's choice (an item hidden when reports reached the
     * threshold): the actor is "system", though a member's request set it off.
     */
    void recordBySystem(String action, String target, String detail);
}
