package org.policyforum.award.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policyforum.award.control.Standings;
import org.policyforum.award.entity.Award;
import org.policyforum.award.entity.AwardRound;
import org.policyforum.award.entity.AwardVote;
import org.policyforum.award.entity.Jury;
import org.policyforum.award.entity.Nominee;
import org.policyforum.award.entity.PrizeStatus;
import org.policyforum.award.entity.RoundPhase;
import org.policyforum.member.control.Caller;
import org.policyforum.member.entity.Member;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.control.Text;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.entity.Forum;

/**
 * The public side of the awards: the current round with its nominees, the citizens' vote, the announced winners,
 * the hall of fame, each member's awards, and the winner's own prize address.
 */
@Stateless
public class Awards {

    /** How much of a nominated opinion the round page shows. */
    public static final int EXCERPT = 240;

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

    /**
     * A nominee on the public page. {@code votes} is null while the round keeps its standings hidden.
     * {@code mine}: the visitor's own opinion; {@code votedByMe}: the visitor voted for it.
     */
    public record NomineeView(
            long id,
            String name,
            long topicId,
            String topicTitle,
            String excerpt,
            String reason,
            int agreements,
            int comments,
            Integer votes,
            boolean mine,
            boolean votedByMe) {}

    public record WinnerView(
            Jury jury,
            int place,
            long memberId,
            String name,
            long topicId,
            String topicTitle,
            String excerpt,
            String citation,
            int votes) {}

    /**
     * A round as the public sees it. Nominees appear once voting opens (the shortlist is not final before); winners
     * once announced. {@code votesLeft} is for the logged-in visitor, 0 otherwise.
     */
    public record RoundView(
            long id,
            Forum forum,
            YearMonth month,
            RoundPhase phase,
            Instant votingOpensAt,
            Instant votingClosesAt,
            int citizenPlaces,
            int officialPlaces,
            int votesPerMember,
            boolean standingsShown,
            List<NomineeView> nominees,
            List<WinnerView> winners,
            int votesLeft) {
        public boolean votingOpen() {
            return phase == RoundPhase.VOTING;
        }

        public List<WinnerView> byCitizens() {
            return winners.stream().filter(w -> w.jury() == Jury.CITIZENS).toList();
        }

        public List<WinnerView> byOfficials() {
            return winners.stream().filter(w -> w.jury() == Jury.OFFICIALS).toList();
        }
    }

    /** One award of a member, for profiles; {@code prize} and {@code addressGiven} only on the member's own page. */
    public record MemberAward(
            long awardId,
            long roundId,
            Forum forum,
            YearMonth month,
            Jury jury,
            String citation,
            PrizeStatus prize,
            boolean addressGiven) {}

    /**
     * The forum's latest round, whatever its phase, up to this month's: a round planned for a later month is not
     * current yet.
     */
    @PermitAll
    public Optional<RoundView> current(Forum forum) {
        String thisMonth = YearMonth.now(settings.organisationClock()).toString();
        return em.createNamedQuery(AwardRound.OF_FORUM_UNTIL, AwardRound.class)
                .setParameter("forum", forum)
                .setParameter("month", thisMonth)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(this::view);
    }

    @PermitAll
    public Optional<RoundView> round(long roundId) {
        return Optional.ofNullable(em.find(AwardRound.class, roundId)).map(this::view);
    }

    /** Announced rounds, newest month first, with their winners. */
    @PermitAll
    public List<RoundView> hallOfFame(int first, int size) {
        return em.createNamedQuery(AwardRound.ANNOUNCED, AwardRound.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, size), 50))
                .getResultStream()
                .map(this::view)
                .toList();
    }

    @PermitAll
    public long hallOfFameSize() {
        return em.createNamedQuery(AwardRound.COUNT_ANNOUNCED, Long.class).getSingleResult();
    }

    /** A member's announced awards, for their public profile: no prize details. */
    @PermitAll
    public List<MemberAward> awardsOf(long memberId) {
        return em.createNamedQuery(Award.OF_MEMBER, Award.class)
                .setParameter("member", memberId)
                .getResultStream()
                .map(a -> new MemberAward(
                        a.getId(),
                        a.getRound().getId(),
                        a.getRound().getForum(),
                        a.getRound().getMonth(),
                        a.getJury(),
                        a.getCitation(),
                        null,
                        false))
                .toList();
    }

    /** The caller's own announced awards, with the prize's status and whether an address is on file. */
    @RolesAllowed(Roles.MEMBER)
    public List<MemberAward> mine() {
        Member me = caller.required();
        return em.createNamedQuery(Award.OF_MEMBER, Award.class)
                .setParameter("member", me.getId())
                .getResultStream()
                .map(a -> new MemberAward(
                        a.getId(),
                        a.getRound().getId(),
                        a.getRound().getForum(),
                        a.getRound().getMonth(),
                        a.getJury(),
                        a.getCitation(),
                        a.getPrizeStatus(),
                        a.getDeliveryAddress() != null))
                .toList();
    }

    /**
     * A verified member votes for a nominee while voting is open: not for themselves, at most the round's votes each,
     * once per nominee. The vote takes the member's next free slot; two votes sent at the same moment aim at the same
     * slot and the database's unique key keeps exactly one.
     */
    @RolesAllowed(Roles.MEMBER)
    public void voteFor(long nomineeId) {
        Nominee nominee = em.find(Nominee.class, nomineeId);
        if (nominee == null) {
            throw RuleViolation.of("award.vote.notNominee");
        }
        Member me = caller.required();
        AwardRound round = nominee.getRound();
        long cast = em.createNamedQuery(AwardVote.COUNT_OF_VOTER, Long.class)
                .setParameter("round", round)
                .setParameter("voter", me.getId())
                .getSingleResult();
        em.persist(nominee.voteBy(me, cast, clock.instant()));
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw RuleViolation.of("award.vote.already", round.getVotesPerMember());
        }
    }

    /** The winner gives the address the prize should go to; operators see it until the prize is sent or declined. */
    @RolesAllowed(Roles.MEMBER)
    public void giveAddress(long awardId, String address) {
        Award award = em.find(Award.class, awardId);
        Member me = caller.required();
        // someone else's award is answered like a missing one
        if (award == null
                || !award.getMember().getId().equals(me.getId())
                || !award.getRound().isAnnounced()) {
            throw RuleViolation.of("notFound");
        }
        if (award.getPrizeStatus() != PrizeStatus.PENDING) {
            throw RuleViolation.of("award.prize.done");
        }
        award.giveAddress(Text.required("address", address, Award.MAX_ADDRESS, "award.address"));
    }

    private RoundView view(AwardRound round) {
        Instant now = clock.instant();
        RoundPhase phase = round.phase(now);
        boolean mask = settings.current().isMaskNames();
        Optional<Member> me = caller.member();
        boolean announced = phase == RoundPhase.ANNOUNCED;
        List<NomineeView> nominees = List.of();
        int votesLeft = 0;
        if (phase != RoundPhase.NOMINATION) {
            Map<Long, Integer> votes = new HashMap<>();
            standings.tally(round).forEach(s -> votes.put(s.nomineeId(), s.votes()));
            Set<Long> mine = new HashSet<>(me.map(m -> em.createNamedQuery(AwardVote.NOMINEES_OF_VOTER, Long.class)
                            .setParameter("round", round)
                            .setParameter("voter", m.getId())
                            .getResultList())
                    .orElse(List.of()));
            boolean showVotes = round.isStandingsShown() || announced;
            nominees = em.createNamedQuery(Nominee.LISTED_OF_ROUND, Nominee.class)
                    .setParameter("round", round)
                    .getResultStream()
                    .map(n -> new NomineeView(
                            n.getId(),
                            n.getMember().displayName(mask),
                            n.getOpinion().getTopic().getId(),
                            n.getOpinion().getTopic().getTitle(),
                            excerpt(n),
                            n.getReason(),
                            n.getAgreements(),
                            n.getComments(),
                            showVotes ? votes.getOrDefault(n.getId(), 0) : null,
                            me.map(n::isOf).orElse(false),
                            mine.contains(n.getId())))
                    .toList();
            if (phase == RoundPhase.VOTING && me.isPresent()) {
                votesLeft = Math.max(0, round.getVotesPerMember() - mine.size());
            }
        }
        List<WinnerView> winners = !announced
                ? List.of()
                : em.createNamedQuery(Award.OF_ROUND, Award.class)
                        .setParameter("round", round)
                        .getResultStream()
                        .map(a -> new WinnerView(
                                a.getJury(),
                                a.getPlace(),
                                a.getMember().getId(),
                                a.getMember().displayName(mask),
                                a.getNominee().getOpinion().getTopic().getId(),
                                a.getNominee().getOpinion().getTopic().getTitle(),
                                excerpt(a.getNominee()),
                                a.getCitation(),
                                a.getVotes()))
                        .toList();
        return new RoundView(
                round.getId(),
                round.getForum(),
                round.getMonth(),
                phase,
                round.getVotingOpensAt(),
                round.getVotingClosesAt(),
                round.getCitizenPlaces(),
                round.getOfficialPlaces(),
                round.getVotesPerMember(),
                round.isStandingsShown(),
                nominees,
                winners,
                votesLeft);
    }

    /** The opinion's opening, or nothing if it has since been withdrawn or hidden (the placeholder rule). */
    private static String excerpt(Nominee nominee) {
        if (!nominee.getOpinion().isVisible()) {
            return "";
        }
        String body = nominee.getOpinion().getBody();
        return body.length() <= EXCERPT ? body : body.substring(0, EXCERPT) + "…";
    }
}
