package org.policyforum.award.control;

/** The award feature's part of the site overview (the report feature composes it): who voted since a moment. */
public final class AwardFigures {

    /** The members who cast an award vote since the moment bound to {@code ?1}, one column {@code m} (SQL). */
    public static final String TOOK_PART_SINCE = "SELECT voter_id AS m FROM award_vote WHERE cast_at >= ?1";

    private AwardFigures() {}
}
