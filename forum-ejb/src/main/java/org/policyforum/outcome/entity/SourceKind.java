package org.policyforum.outcome.entity;

/** What an outcome is the outcome of. */
public enum SourceKind {
    TOPIC,
    IDEA
}
