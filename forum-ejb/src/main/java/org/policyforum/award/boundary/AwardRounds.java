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
import java.util.List;
import java.util.Map;
import org.policyforum.award.control.Selections;
import org.policyforum.award.entity.Award;
import org.policyforum.award.entity.AwardRound;
import org.policyforum.award.entity.Nominee;
import org.policyforum.award.entity.RoundPhase;
import org.policyforum.award.entity.RoundPlan;
import org.policyforum.award.entity.Selection;
import org.policyforum.member.control.Caller;
import org.policyforum.member.entity.Member;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.control.Audit;
import org.policyforum.platform.control.ForumEnvironment;
import org.policyforum.platform.control.MailPort;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;

/**
 * A round's life in the console: operators open and schedule it, open and close its vote by hand, confirm the
 * result and announce it; staff review where it stands. The shortlist is {@link Shortlists}, the officials' picks
 * {@link OfficialPicks}, the prizes {@link Prizes}. Every change is audited.
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
    Selections selections;

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
        return selections.round(roundId);
    }

    @RolesAllowed(Roles.OPERATOR)
    public AwardRound open(@NotNull @Valid RoundForm form) {
        AwardRound round = new AwardRound(form.getForum(), form.getMonth(), plan(form), clock.instant());
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
        AwardRound round = find(roundId);
        round.change(plan(form), clock.instant());
        audit.record("award.round.change", "award-round:" + roundId, describe(round));
        return round;
    }

    /** The form's numbers, and its wall-clock times in the organisation's time zone. */
    private RoundPlan plan(RoundForm form) {
        ZoneId zone = settings.current().zone();
        return new RoundPlan(
                form.getCitizenPlaces(),
                form.getOfficialPlaces(),
                form.getVotesPerMember(),
                form.isStandingsShown(),
                form.getVotingOpensAt().atZone(zone).toInstant(),
                form.getVotingClosesAt().atZone(zone).toInstant());
    }

    private static String describe(AwardRound round) {
        return "citizens=" + round.getCitizenPlaces() + ", officials=" + round.getOfficialPlaces() + ", votes="
                + round.getVotesPerMember() + ", standingsShown=" + round.isStandingsShown() + ", voting="
                + round.getVotingOpensAt() + ".." + round.getVotingClosesAt();
    }

    @RolesAllowed(Roles.OPERATOR)
    public AwardRound openVotingNow(long roundId) {
        AwardRound round = find(roundId);
        round.openVotingNow(selections.shortlist(round), clock.instant());
        audit.record("award.voting.open", "award-round:" + roundId, "opened by hand");
        return round;
    }

    @RolesAllowed(Roles.OPERATOR)
    public AwardRound closeVotingNow(long roundId) {
        AwardRound round = find(roundId);
        round.closeVotingNow(clock.instant());
        audit.record("award.voting.close", "award-round:" + roundId, "closed by hand");
        return round;
    }

    public RoundReview review(long roundId) {
        AwardRound round = find(roundId);
        Member me = caller.required();
        Instant now = clock.instant();
        Selection selection = selections.selection(round, now);
        List<NomineeLine> lines = selection.nominees().stream()
                .map(n -> new NomineeLine(
                        n, selection.votesOf(n), selection.isCitizensWinner(n), Nominee.inChargeOf(me, n.getOpinion())))
                .toList();
        return new RoundReview(
                round,
                round.phase(now),
                lines,
                selection.citizensWinners(),
                selection.picks(),
                selection.requiredPicks());
    }

    /**
     * The operator confirms: the officials' picks are complete, and the citizens' result is written down as winners
     * (so later changes to votes, which cannot happen, or to the tie rule's code could not change a confirmed round).
     */
    @RolesAllowed(Roles.OPERATOR)
    public AwardRound confirm(long roundId) {
        AwardRound round = find(roundId);
        Instant now = clock.instant();
        Selection selection = selections.selection(round, now);
        List<Award> citizens = round.confirm(selection, now);
        citizens.forEach(em::persist);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw RuleViolation.of("award.select.conflict");
        }
        audit.record(
                "award.round.confirm",
                "award-round:" + roundId,
                citizens.size() + " by citizens, " + selection.picks().size() + " by officials");
        return round;
    }

    /** Makes the winners public and tells each of them; refused until the selection is complete and confirmed. */
    @RolesAllowed(Roles.OPERATOR)
    public AwardRound announce(long roundId) {
        AwardRound round = find(roundId);
        round.announce(clock.instant());
        String link = environment.baseUrl().resolve("account").toString();
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
}
