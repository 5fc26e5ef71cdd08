package org.policyforum.award.entity;

import java.time.Instant;
import java.util.Objects;
import org.policyforum.platform.entity.RuleViolation;

/**
 * What an operator decides for a round: how many winners each jury chooses, votes per member, whether live standings
 * are public, and the citizens' voting window.
 */
public record RoundPlan(
        int citizenPlaces,
        int officialPlaces,
        int votesPerMember,
        boolean standingsShown,
        Instant votingOpensAt,
        Instant votingClosesAt) {

    /** The form's bean validation refuses these first: past it, a number out of range is a caller's mistake. */
    public RoundPlan {
        Objects.requireNonNull(votingOpensAt);
        Objects.requireNonNull(votingClosesAt);
        if (citizenPlaces < 0
                || officialPlaces < 0
                || citizenPlaces > AwardRound.MAX_PLACES
                || officialPlaces > AwardRound.MAX_PLACES
                || votesPerMember < 1
                || votesPerMember > AwardRound.MAX_PLACES) {
            throw new IllegalArgumentException("places and votes out of range");
        }
    }

    /** A plan a round can follow from {@code now}: voting closes after it opens, opens later, and somebody wins. */
    void requireWorkableAt(Instant now) {
        if (!votingOpensAt.isBefore(votingClosesAt)) {
            throw new RuleViolation("votingClosesAt", "award.round.window.order");
        }
        // voting that opens at once leaves no time to nominate: the round would be voting with nobody to vote for
        // (the operator opens voting by hand, after the shortlist, with openVotingNow)
        if (!votingOpensAt.isAfter(now)) {
            throw new RuleViolation("votingOpensAt", "award.round.window.past");
        }
        if (citizenPlaces + officialPlaces < 1) {
            throw new RuleViolation("citizenPlaces", "award.round.places.none");
        }
    }
}
