package org.policyforum.award.entity;

/** Who chose a winner: the citizens by vote or the officials by selection. */
public enum Jury {
    CITIZENS,
    OFFICIALS
}
