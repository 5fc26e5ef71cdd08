package org.policyforum.award.entity;

/**
 * Where a round stands. The first three follow from the clock and the round's voting window; the last two are set by
 * an operator.
 */
public enum RoundPhase {
    /** The shortlist is being made; nobody votes yet. */
    NOMINATION,
    /** Citizens vote; the shortlist is frozen. */
    VOTING,
    /** Voting has closed; officials pick their winners. */
    SELECTION,
    /** An operator has confirmed the officials' picks and the citizens' result. */
    CONFIRMED,
    /** Winners are public. */
    ANNOUNCED
}
