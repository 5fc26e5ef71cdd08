package org.policyforum.award.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.policyforum.award.entity.AwardRound;
import org.policyforum.award.entity.AwardVote;

/**
 * The citizens' tally and its tie rule. More votes ranks higher; between equal counts, the nominee that reached its
 * count first ranks higher, i.e. whose latest (deciding) vote came earlier. Votes cannot be changed or withdrawn, so
 * the latest vote is exactly the one that reached the count. Equal to the microsecond: the lower vote number wins.
 */
@Dependent
public class Standings {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public record Standing(long nomineeId, int votes, Instant decidingVoteAt, long decidingVoteId) {}

    /** Every nominee with at least one vote, best first. */
    public List<Standing> tally(AwardRound round) {
        List<Standing> standings = new ArrayList<>();
        for (Object[] row : em.createNamedQuery(AwardVote.TALLY, Object[].class)
                .setParameter("round", round)
                .getResultList()) {
            standings.add(new Standing(
                    (Long) row[0], ((Number) row[1]).intValue(), instant(row[2]), ((Number) row[3]).longValue()));
        }
        standings.sort(ORDER);
        return standings;
    }

    /** An aggregate of a converted column may come back converted or as the column's SQL type, by provider. */
    private static Instant instant(Object value) {
        return value instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }

    static final Comparator<Standing> ORDER = Comparator.comparingInt(Standing::votes)
            .reversed()
            .thenComparing(Standing::decidingVoteAt)
            .thenComparingLong(Standing::decidingVoteId);

    /**
     * The citizens' winners: down the standings, skipping a nominee whose author already holds a place (a member
     * with two nominated opinions wins once), until the places are filled or the voted nominees run out.
     *
     * @param authorOf the member id of each nominee id
     */
    public static List<Standing> winners(
            List<Standing> standings, int places, java.util.function.LongUnaryOperator authorOf) {
        List<Standing> winners = new ArrayList<>();
        Set<Long> members = new HashSet<>();
        for (Standing standing : standings) {
            if (winners.size() == places) {
                break;
            }
            if (members.add(authorOf.applyAsLong(standing.nomineeId()))) {
                winners.add(standing);
            }
        }
        return winners;
    }
}
