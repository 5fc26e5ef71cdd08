package org.policyforum.topic.entity;

/** The two forums: the main policy forum and the Youth Forum, each with its own topics. */
public enum Forum {
    MAIN,
    YOUTH
}
