package org.policyforum.discussion.entity;

/** What a reaction or a revision is about. */
public enum TargetType {
    OPINION,
    COMMENT
}
