package org.policyforum.moderation.entity;

/** Why a member reports an item; {@link #OTHER} needs the member's own words. */
public enum ReportReason {
    SPAM,
    ABUSE,
    PERSONAL_DATA,
    OFF_TOPIC,
    ILLEGAL,
    OTHER;

    public boolean needsText() {
        return this == OTHER;
    }
}
