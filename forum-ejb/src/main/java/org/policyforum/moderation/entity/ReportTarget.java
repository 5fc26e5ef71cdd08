package org.policyforum.moderation.entity;

/** What a member may report; each kind is reached through the {@code ModeratedContent} port of its feature. */
public enum ReportTarget {
    OPINION,
    COMMENT,
    IDEA,
    IDEA_COMMENT,
    /** A suggestion for a month's topic (topic feature). */
    TOPIC_SUGGESTION
}
