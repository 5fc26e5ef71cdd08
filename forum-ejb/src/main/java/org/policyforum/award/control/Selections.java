package org.policyforum.award.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.policyforum.award.entity.Award;
import org.policyforum.award.entity.AwardRound;
import org.policyforum.award.entity.Jury;
import org.policyforum.award.entity.Nominee;
import org.policyforum.award.entity.RoundPhase;
import org.policyforum.award.entity.Selection;
import org.policyforum.award.entity.Shortlist;
import org.policyforum.platform.entity.RuleViolation;

/**
 * Loads what a round's rules decide on: its shortlist, and its selection (the vote's tally, the citizens' winners
 * by the tie rule, the officials' picks). The boundaries ask these value objects; they hold no queries themselves.
 */
@Dependent
public class Selections {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Standings standings;

    /** The round, or the refusal a page shows as "not found". */
    public AwardRound round(long roundId) {
        AwardRound round = em.find(AwardRound.class, roundId);
        if (round == null) {
            throw RuleViolation.of("notFound");
        }
        return round;
    }

    public Shortlist shortlist(AwardRound round) {
        return new Shortlist(round, nominees(round));
    }

    /** The citizens' winners are known once voting has closed; before that the selection has none. */
    public Selection selection(AwardRound round, Instant now) {
        List<Nominee> nominees = nominees(round);
        List<Standings.Standing> tally = standings.tally(round);
        Map<Long, Integer> votes = new HashMap<>();
        tally.forEach(s -> votes.put(s.nomineeId(), s.votes()));
        List<Nominee> winners = List.of();
        if (round.phase(now).compareTo(RoundPhase.SELECTION) >= 0) {
            Map<Long, Nominee> byId = nominees.stream().collect(Collectors.toMap(Nominee::getId, Function.identity()));
            winners =
                    Standings.winners(tally, round.getCitizenPlaces(), id -> byId.get(id)
                                    .getMember()
                                    .getId())
                            .stream()
                            .map(s -> byId.get(s.nomineeId()))
                            .toList();
        }
        List<Award> picks = em.createNamedQuery(Award.OF_ROUND_AND_JURY, Award.class)
                .setParameter("round", round)
                .setParameter("jury", Jury.OFFICIALS)
                .getResultList();
        return new Selection(round, nominees, votes, winners, picks);
    }

    private List<Nominee> nominees(AwardRound round) {
        return em.createNamedQuery(Nominee.OF_ROUND, Nominee.class)
                .setParameter("round", round)
                .getResultList();
    }
}
