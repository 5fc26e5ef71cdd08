package org.policyforum.award.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.policyforum.award.control.Nominations;
import org.policyforum.award.control.Standings;
import org.policyforum.award.control.Standings.Standing;
import org.policyforum.award.entity.Award;
import org.policyforum.award.entity.AwardRound;
import org.policyforum.award.entity.Jury;
import org.policyforum.award.entity.Nominee;
import org.policyforum.award.entity.PrizeStatus;
import org.policyforum.award.entity.RoundPhase;
import org.policyforum.discussion.entity.Opinion;
import org.policyforum.member.control.Caller;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.Role;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.control.Audit;
import org.policyforum.platform.control.ForumEnvironment;
import org.policyforum.platform.control.MailPort;
import org.policyforum.platform.control.Text;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;

/**
 * The staff's side of a round: operators open and schedule it, officials shortlist and pick winners for their own
 * bureau's topics, operators confirm, announce and track the prizes. Every action is audited.
 */
@Stateless
@RolesAllowed({Roles.OFFICIAL, Roles.OPERATOR})
public class AwardRounds {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    Settings settings;

    @Inject
    Audit audit;

    @Inject
    Nominations nominations;

    @Inject
    Standings standings;

    @Inject
    MailPort mail;

    @Inject
    ForumEnvironment environment;

    /** A nominee as staff see it: with its votes and whether the citizens' vote already made its author a winner. */
    public record NomineeLine(Nominee nominee, int votes, boolean citizensWinner, boolean mayEdit) {}

    /**
     * Everything the round's console page shows. {@code requiredPicks} is what the officials must pick before an
     * operator can confirm: the round's places, fewer only when too few other members are on the shortlist.
     */
    public record RoundReview(
            AwardRound round,
            RoundPhase phase,
            List<NomineeLine> nominees,
            List<Nominee> citizensWinners,
            List<Award> picks,
            int requiredPicks) {
        public boolean selectionComplete() {
            return picks.size() >= requiredPicks;
        }
    }

    public List<AwardRound> list(int first, int size) {
        return em.createNamedQuery(AwardRound.ALL, AwardRound.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, size), 100))
                .getResultList();
    }

    public long count() {
        return em.createNamedQuery(AwardRound.COUNT_ALL, Long.class).getSingleResult();
    }

    public AwardRound find(long roundId) {
        AwardRound round = em.find(AwardRound.class, roundId);
        if (round == null) {
            throw RuleViolation.of("notFound");
        }
        return round;
    }

    @RolesAllowed(Roles.OPERATOR)
    public AwardRound open(@NotNull @Valid RoundForm form) {
        Instant[] window = window(form);
        AwardRound round = build(form, window);
        em.persist(round);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new RuleViolation("month", "award.round.exists");
        }
        audit.record("award.round.open", "award-round:" + round.getId(), round.getForum() + " " + round.getMonth());
        return round;
    }

    /** New settings or schedule, while the shortlist is still being made. */
    @RolesAllowed(Roles.OPERATOR)
    public AwardRound change(long roundId, @NotNull @Valid RoundForm form) {
        AwardRound round = inPhase(roundId, RoundPhase.NOMINATION, "award.round.notInNomination");
        Instant[] window = window(form);
        checkNumbers(form);
        round.change(
                form.getCitizenPlaces(),
                form.getOfficialPlaces(),
                form.getVotesPerMember(),
                form.isStandingsShown(),
                window[0],
                window[1]);
        audit.record("award.round.change", "award-round:" + roundId, describe(round));
        return round;
    }

    private AwardRound build(RoundForm form, Instant[] window) {
        checkNumbers(form);
        return new AwardRound(
                form.getForum(),
                form.getMonth(),
                form.getCitizenPlaces(),
                form.getOfficialPlaces(),
                form.getVotesPerMember(),
                form.isStandingsShown(),
                window[0],
                window[1],
                clock.instant());
    }

    private static void checkNumbers(RoundForm form) {
        if (form.getCitizenPlaces() + form.getOfficialPlaces() < 1) {
            throw new RuleViolation("citizenPlaces", "award.round.places.none");
        }
    }

    private Instant[] window(RoundForm form) {
        ZoneId zone = settings.current().zone();
        Instant opens = form.getVotingOpensAt().atZone(zone).toInstant();
        Instant closes = form.getVotingClosesAt().atZone(zone).toInstant();
        if (!opens.isBefore(closes)) {
            throw new RuleViolation("votingClosesAt", "award.round.window.order");
        }
        // voting that opens at once leaves no time to nominate: the round would be voting with nobody to vote for
        // (the operator opens voting by hand, after the shortlist, with openVotingNow)
        if (!opens.isAfter(clock.instant())) {
            throw new RuleViolation("votingOpensAt", "award.round.window.past");
        }
        return new Instant[] {opens, closes};
    }

    private static String describe(AwardRound round) {
        return "citizens=" + round.getCitizenPlaces() + ", officials=" + round.getOfficialPlaces() + ", votes="
                + round.getVotesPerMember() + ", standingsShown=" + round.isStandingsShown() + ", voting="
                + round.getVotingOpensAt() + ".." + round.getVotingClosesAt();
    }

    /** The system's proposals from the month's activity, added to the shortlist; returns how many were new. */
    public int propose(long roundId) {
        AwardRound round = inPhase(roundId, RoundPhase.NOMINATION, "award.round.notInNomination");
        Member me = caller.required();
        Set<Long> already = em.createNamedQuery(Nominee.OF_ROUND, Nominee.class)
                .setParameter("round", round)
                .getResultStream()
                .map(n -> n.getOpinion().getId())
                .collect(Collectors.toSet());
        int added = 0;
        for (Nominations.Candidate candidate :
                nominations.rank(round.getForum(), round.getMonth(), Nominations.PROPOSALS)) {
            // an official proposes from their own bureau's topics only, like every other shortlist edit
            if (!already.contains(candidate.opinion().getId()) && mayEdit(me, candidate.opinion())) {
                em.persist(new Nominee(
                        round,
                        candidate.opinion(),
                        candidate.agreements(),
                        candidate.comments(),
                        null,
                        null,
                        clock.instant()));
                added++;
            }
        }
        audit.record("award.nominee.propose", "award-round:" + roundId, added + " proposed");
        return added;
    }

    /** Eligible opinions not on the shortlist that the caller may add, best-ranked first. */
    public List<Nominations.Candidate> candidates(long roundId, int limit) {
        AwardRound round = find(roundId);
        Member me = caller.required();
        Set<Long> listed = em.createNamedQuery(Nominee.LISTED_OF_ROUND, Nominee.class)
                .setParameter("round", round)
                .getResultStream()
                .map(n -> n.getOpinion().getId())
                .collect(Collectors.toSet());
        return nominations.rank(round.getForum(), round.getMonth(), Integer.MAX_VALUE).stream()
                .filter(c -> !listed.contains(c.opinion().getId()) && mayEdit(me, c.opinion()))
                .limit(Math.min(Math.max(1, limit), 100))
                .toList();
    }

    /** An official adds an opinion of their bureau's topics to the shortlist, with a reason voters see. */
    public Nominee nominate(long roundId, long opinionId, String reason) {
        AwardRound round = inPhase(roundId, RoundPhase.NOMINATION, "award.round.notInNomination");
        String why = Text.required("reason", reason, Nominee.MAX_REASON, "award.reason");
        Nominations.Candidate candidate = nominations
                .candidate(round.getForum(), round.getMonth(), opinionId)
                .orElseThrow(() -> new RuleViolation("opinion", "award.nominee.notEligible"));
        Member me = caller.required();
        if (!mayEdit(me, candidate.opinion())) {
            throw new RuleViolation("opinion", "award.outsideBureau");
        }
        var existing = em.createNamedQuery(Nominee.BY_OPINION, Nominee.class)
                .setParameter("round", round)
                .setParameter("opinion", candidate.opinion())
                .getResultStream()
                .findFirst();
        Nominee nominee;
        if (existing.isPresent()) {
            nominee = existing.get();
            if (nominee.isListed()) {
                throw new RuleViolation("opinion", "award.nominee.already");
            }
            nominee.relist(me.getId(), why);
        } else {
            nominee = new Nominee(
                    round,
                    candidate.opinion(),
                    candidate.agreements(),
                    candidate.comments(),
                    me.getId(),
                    why,
                    clock.instant());
            em.persist(nominee);
            try {
                em.flush();
            } catch (PersistenceException e) {
                throw new RuleViolation("opinion", "award.nominee.already");
            }
        }
        audit.record("award.nominee.add", "award-nominee:" + nominee.getId(), why);
        return nominee;
    }

    public void removeNominee(long nomineeId, String reason) {
        Nominee nominee = nominee(nomineeId);
        inPhase(nominee.getRound().getId(), RoundPhase.NOMINATION, "award.round.notInNomination");
        String why = Text.required("removalReason", reason, Nominee.MAX_REASON, "award.reason");
        if (!mayEdit(caller.required(), nominee.getOpinion())) {
            throw RuleViolation.of("award.outsideBureau");
        }
        if (!nominee.isListed()) {
            throw RuleViolation.of("notFound");
        }
        nominee.remove(why);
        audit.record("award.nominee.remove", "award-nominee:" + nomineeId, why);
    }

    @RolesAllowed(Roles.OPERATOR)
    public AwardRound openVotingNow(long roundId) {
        AwardRound round = inPhase(roundId, RoundPhase.NOMINATION, "award.round.notInNomination");
        if (em.createNamedQuery(Nominee.LISTED_OF_ROUND, Nominee.class)
                .setParameter("round", round)
                .setMaxResults(1)
                .getResultList()
                .isEmpty()) {
            throw RuleViolation.of("award.round.noNominees");
        }
        round.openVotingNow(clock.instant());
        audit.record("award.voting.open", "award-round:" + roundId, "opened by hand");
        return round;
    }

    @RolesAllowed(Roles.OPERATOR)
    public AwardRound closeVotingNow(long roundId) {
        AwardRound round = inPhase(roundId, RoundPhase.VOTING, "award.round.notVoting");
        round.closeVotingNow(clock.instant());
        audit.record("award.voting.close", "award-round:" + roundId, "closed by hand");
        return round;
    }

    /**
     * An official picks a winner among the nominees of their bureau's topics, with a one-line citation. Refused for
     * a member the citizens already chose or already picked, and beyond the round's number of picks; the pick takes
     * the lowest free place, and the unique keys settle two officials picking at the same moment.
     */
    public Award select(long nomineeId, String citation) {
        Nominee nominee = nominee(nomineeId);
        AwardRound round = inPhase(nominee.getRound().getId(), RoundPhase.SELECTION, "award.select.notInSelection");
        String line = Text.required("citation", citation, Award.MAX_CITATION, "award.citation");
        if (line.contains("\n") || line.contains("\r")) {
            throw new RuleViolation("citation", "award.citation.oneLine");
        }
        Member me = caller.required();
        if (!nominee.isListed()) {
            throw RuleViolation.of("award.select.notNominee");
        }
        if (!mayEdit(me, nominee.getOpinion())) {
            throw RuleViolation.of("award.outsideBureau");
        }
        Long member = nominee.getMember().getId();
        if (citizensWinners(round).stream().anyMatch(n -> n.getMember().getId().equals(member))) {
            throw RuleViolation.of("award.select.citizensWinner");
        }
        List<Award> picks = picks(round);
        if (picks.stream().anyMatch(a -> a.getMember().getId().equals(member))) {
            throw RuleViolation.of("award.select.alreadyPicked");
        }
        if (picks.size() >= round.getOfficialPlaces()) {
            throw RuleViolation.of("award.select.tooMany", round.getOfficialPlaces());
        }
        Set<Integer> taken = picks.stream().map(Award::getPlace).collect(Collectors.toSet());
        int place = 1;
        while (taken.contains(place)) {
            place++;
        }
        Award award = Award.byOfficial(nominee, place, me.getId(), line, clock.instant());
        em.persist(award);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw RuleViolation.of("award.select.conflict");
        }
        audit.record("award.select", "award-nominee:" + nomineeId, line);
        return award;
    }

    /** Takes back a pick before the round is confirmed: the official's own bureau's, or any for an operator. */
    public void unselect(long awardId) {
        Award award = em.find(Award.class, awardId);
        if (award == null
                || award.getJury() != Jury.OFFICIALS
                || !mayEdit(caller.required(), award.getNominee().getOpinion())) {
            throw RuleViolation.of("notFound");
        }
        inPhase(award.getRound().getId(), RoundPhase.SELECTION, "award.select.notInSelection");
        em.remove(award);
        audit.record("award.unselect", "award-nominee:" + award.getNominee().getId(), award.getCitation());
    }

    public RoundReview review(long roundId) {
        AwardRound round = find(roundId);
        Member me = caller.required();
        RoundPhase phase = round.phase(clock.instant());
        List<Nominee> all = em.createNamedQuery(Nominee.OF_ROUND, Nominee.class)
                .setParameter("round", round)
                .getResultList();
        Map<Long, Integer> votes = new HashMap<>();
        standings.tally(round).forEach(s -> votes.put(s.nomineeId(), s.votes()));
        List<Nominee> winners = phase.compareTo(RoundPhase.SELECTION) >= 0 ? citizensWinners(round) : List.of();
        Set<Long> winnerIds = winners.stream().map(Nominee::getId).collect(Collectors.toSet());
        List<NomineeLine> lines = all.stream()
                .map(n -> new NomineeLine(
                        n,
                        votes.getOrDefault(n.getId(), 0),
                        winnerIds.contains(n.getId()),
                        mayEdit(me, n.getOpinion())))
                .toList();
        return new RoundReview(round, phase, lines, winners, picks(round), requiredPicks(round, all, winners));
    }

    /**
     * The operator confirms: the officials' picks are complete, and the citizens' result is written down as winners
     * (so later changes to votes, which cannot happen, or to the tie rule's code could not change a confirmed round).
     */
    @RolesAllowed(Roles.OPERATOR)
    public AwardRound confirm(long roundId) {
        AwardRound round = inPhase(roundId, RoundPhase.SELECTION, "award.confirm.notInSelection");
        List<Nominee> all = em.createNamedQuery(Nominee.OF_ROUND, Nominee.class)
                .setParameter("round", round)
                .getResultList();
        Map<Long, Nominee> byId = all.stream().collect(Collectors.toMap(Nominee::getId, Function.identity()));
        List<Standing> citizens = citizensStandings(round, byId);
        List<Nominee> winners =
                citizens.stream().map(s -> byId.get(s.nomineeId())).toList();
        int picks = picks(round).size();
        int required = requiredPicks(round, all, winners);
        if (picks < required) {
            throw RuleViolation.of("award.confirm.incomplete", picks, required);
        }
        Instant now = clock.instant();
        int place = 1;
        for (Standing standing : citizens) {
            em.persist(Award.byCitizens(byId.get(standing.nomineeId()), place++, standing.votes(), now));
        }
        round.confirm(now);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw RuleViolation.of("award.select.conflict");
        }
        audit.record(
                "award.round.confirm",
                "award-round:" + roundId,
                citizens.size() + " by citizens, " + picks + " by officials");
        return round;
    }

    /** Makes the winners public and tells each of them; refused until the selection is complete and confirmed. */
    @RolesAllowed(Roles.OPERATOR)
    public AwardRound announce(long roundId) {
        AwardRound round = inPhase(roundId, RoundPhase.CONFIRMED, "award.announce.notComplete");
        round.announce(clock.instant());
        String link = environment.baseUrl().resolve("account/index.xhtml").toString();
        for (Award award : em.createNamedQuery(Award.OF_ROUND, Award.class)
                .setParameter("round", round)
                .getResultList()) {
            Member winner = award.getMember();
            if (winner.isActive() && winner.getEmail() != null) {
                mail.send(
                        MailPort.Kind.AWARD_WON,
                        winner.getEmail(),
                        winner.getLanguage(),
                        Map.of(
                                "name",
                                winner.getRealName(),
                                "month",
                                round.getMonth().toString(),
                                "link",
                                link));
            }
        }
        audit.record("award.round.announce", "award-round:" + roundId, round.getForum() + " " + round.getMonth());
        return round;
    }

    /** The winners with their prizes and delivery addresses: operators only, the addresses are personal data. */
    @RolesAllowed(Roles.OPERATOR)
    public List<Award> prizes(long roundId) {
        return em.createNamedQuery(Award.OF_ROUND, Award.class)
                .setParameter("round", find(roundId))
                .getResultList();
    }

    @RolesAllowed(Roles.OPERATOR)
    public Award fulfil(long awardId, PrizeStatus outcome) {
        Award award = em.find(Award.class, awardId);
        if (award == null || !award.getRound().isAnnounced()) {
            throw RuleViolation.of("notFound");
        }
        if (outcome == null || outcome == PrizeStatus.PENDING) {
            throw new RuleViolation("prizeStatus", "award.prize.outcome");
        }
        if (award.getPrizeStatus() != PrizeStatus.PENDING) {
            throw RuleViolation.of("award.prize.done");
        }
        award.fulfil(outcome, clock.instant());
        audit.record(
                "award.prize." + outcome.name().toLowerCase(java.util.Locale.ROOT),
                "award:" + awardId,
                "address erased");
        return award;
    }

    private Nominee nominee(long nomineeId) {
        Nominee nominee = em.find(Nominee.class, nomineeId);
        if (nominee == null) {
            throw RuleViolation.of("award.select.notNominee");
        }
        return nominee;
    }

    private AwardRound inPhase(long roundId, RoundPhase phase, String refusal) {
        AwardRound round = find(roundId);
        if (round.phase(clock.instant()) != phase) {
            throw RuleViolation.of(refusal);
        }
        return round;
    }

    /** Operators act on every topic; an official on the topics their bureau owns. */
    private static boolean mayEdit(Member me, Opinion opinion) {
        return (me.hasRole(Role.OPERATOR) || me.hasRole(Role.OFFICIAL))
                && opinion.getTopic().isRunBy(me);
    }

    private List<Award> picks(AwardRound round) {
        return em.createNamedQuery(Award.OF_ROUND_AND_JURY, Award.class)
                .setParameter("round", round)
                .setParameter("jury", Jury.OFFICIALS)
                .getResultList();
    }

    private List<Nominee> citizensWinners(AwardRound round) {
        Map<Long, Nominee> byId = em.createNamedQuery(Nominee.OF_ROUND, Nominee.class)
                .setParameter("round", round)
                .getResultStream()
                .collect(Collectors.toMap(Nominee::getId, Function.identity()));
        return citizensStandings(round, byId).stream()
                .map(s -> byId.get(s.nomineeId()))
                .toList();
    }

    private List<Standing> citizensStandings(AwardRound round, Map<Long, Nominee> byId) {
        return Standings.winners(standings.tally(round), round.getCitizenPlaces(), id -> byId.get(id)
                .getMember()
                .getId());
    }

    /** The round's picks, or fewer when the shortlist has too few members besides the citizens' winners. */
    private static int requiredPicks(AwardRound round, List<Nominee> all, List<Nominee> citizensWinners) {
        Set<Long> others = new HashSet<>();
        all.stream()
                .filter(Nominee::isListed)
                .forEach(n -> others.add(n.getMember().getId()));
        citizensWinners.forEach(n -> others.remove(n.getMember().getId()));
        return Math.min(round.getOfficialPlaces(), others.size());
    }
}
