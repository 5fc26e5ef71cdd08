package org.policyforum.platform.control;

/**
 * Where an official's action is written down, in the same transaction as the action. Every feature records through
 * this port; the moderation feature keeps the log (its {@code AuditTrail}) and shows it, so no feature, and not the
 * platform, depends on moderation for it.
 */
public interface Audit {

    /** Records {@code action} on {@code target} (e.g. {@code topic:12}) by the caller, with a short detail. */
    void record(String action, String target, String detail);
}
