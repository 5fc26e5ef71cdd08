package org.policyforum.award.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policyforum.award.boundary.AwardViews.NomineeView;
import org.policyforum.award.boundary.AwardViews.RoundView;
import org.policyforum.award.boundary.AwardViews.WinnerView;
import org.policyforum.award.entity.Award;
import org.policyforum.award.entity.AwardRound;
import org.policyforum.award.entity.AwardVote;
import org.policyforum.award.entity.Nominee;
import org.policyforum.member.control.Caller;
import org.policyforum.member.entity.Member;
import org.policyforum.platform.boundary.Settings;

/**
 * A round as the public sees it, for the round page and the hall of fame. What is shown when is the round's rule
 * ({@link AwardRound#showsNominees}, {@link AwardRound#showsStandings}, {@link AwardRound#votesLeft}); this reads the
 * rows it needs.
 */
@Dependent
public class RoundViews {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    Settings settings;

    @Inject
    Standings standings;

    /** The round now, as the caller sees it (their own nominee, their votes, the votes they have left). */
    public RoundView of(AwardRound round) {
        Instant now = clock.instant();
        boolean maskNames = settings.current().isMaskNames();
        Optional<Member> visitor = caller.member();
        List<NomineeView> nominees = List.of();
        int votesLeft = 0;
        if (round.showsNominees(now)) {
            Set<Long> mine = new HashSet<>(visitor.map(m -> em.createNamedQuery(AwardVote.NOMINEES_OF_VOTER, Long.class)
                            .setParameter("round", round)
                            .setParameter("voter", m.getId())
                            .getResultList())
                    .orElse(List.of()));
            nominees = nominees(round, now, maskNames, visitor, mine);
            if (visitor.isPresent()) {
                votesLeft = round.votesLeft(mine.size(), now);
            }
        }
        return new RoundView(
                round.getId(),
                round.getForum(),
                round.getMonth(),
                round.phase(now),
                round.getVotingOpensAt(),
                round.getVotingClosesAt(),
                round.getCitizenPlaces(),
                round.getOfficialPlaces(),
                round.getVotesPerMember(),
                round.isStandingsShown(),
                nominees,
                round.isAnnounced() ? winners(round, maskNames) : List.of(),
                votesLeft);
    }

    private List<NomineeView> nominees(
            AwardRound round, Instant now, boolean maskNames, Optional<Member> visitor, Set<Long> votedByVisitor) {
        Map<Long, Integer> votes = new HashMap<>();
        standings.tally(round).forEach(s -> votes.put(s.nomineeId(), s.votes()));
        boolean showVotes = round.showsStandings(now);
        return em.createNamedQuery(Nominee.LISTED_OF_ROUND, Nominee.class)
                .setParameter("round", round)
                .getResultStream()
                .map(n -> new NomineeView(
                        n.getId(),
                        n.getMember().displayName(maskNames),
                        n.getOpinion().getTopic().getId(),
                        n.getOpinion().getTopic().getTitle(),
                        n.excerpt(),
                        n.getReason(),
                        n.getAgreements(),
                        n.getComments(),
                        showVotes ? votes.getOrDefault(n.getId(), 0) : null,
                        visitor.map(n::isOf).orElse(false),
                        votedByVisitor.contains(n.getId())))
                .toList();
    }

    private List<WinnerView> winners(AwardRound round, boolean maskNames) {
        return em.createNamedQuery(Award.OF_ROUND, Award.class)
                .setParameter("round", round)
                .getResultStream()
                .map(a -> new WinnerView(
                        a.getJury(),
                        a.getPlace(),
                        a.getMember().getId(),
                        a.getMember().displayName(maskNames),
                        a.getNominee().getOpinion().getTopic().getId(),
                        a.getNominee().getOpinion().getTopic().getTitle(),
                        a.getNominee().excerpt(),
                        a.getCitation(),
                        a.getVotes()))
                .toList();
    }
}
