package org.policyforum.discussion.entity;

public enum ReactionKind {
    AGREE,
    DISAGREE
}
