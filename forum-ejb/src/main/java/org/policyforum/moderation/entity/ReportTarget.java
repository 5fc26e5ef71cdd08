package org.policyforum.moderation.entity;

/** What a member may report; each kind is reached through the {@code ModeratedContent} port of its feature. */
public enum ReportTarget {
    OPINION,
    COMMENT,
    IDEA,
    IDEA_COMMENT,
    /** A suggestion for a month's topic (topic feature). */
    TOPIC_SUGGESTION,
    /**
     * A member's display name, reached only through something they wrote that the reporter can see (member ids are
     * not shown in pages): see {@code ModerationReports.reportName}.
     */
    MEMBER_NAME
}
