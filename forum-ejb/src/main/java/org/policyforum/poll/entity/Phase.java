package org.policyforum.poll.entity;

/** Where a poll stands at a given moment; it follows from its open and close times alone. */
public enum Phase {
    UPCOMING,
    OPEN,
    CLOSED
}
