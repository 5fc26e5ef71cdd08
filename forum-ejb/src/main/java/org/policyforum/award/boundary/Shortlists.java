package org.policyforum.award.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.policyforum.award.control.Nominations;
import org.policyforum.award.control.Selections;
import org.policyforum.award.entity.AwardRound;
import org.policyforum.award.entity.Nominee;
import org.policyforum.award.entity.Shortlist;
import org.policyforum.member.control.Caller;
import org.policyforum.member.entity.Member;
import org.policyforum.platform.control.Audit;
import org.policyforum.platform.control.Text;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;

/**
 * A round's shortlist while it is being made: the system's proposals from the month's activity, and officials
 * adding and withdrawing opinions of their own bureau's topics (operators any), each with a reason. The round's
 * {@link Shortlist} decides; every change is audited.
 */
@Stateless
@RolesAllowed({Roles.OFFICIAL, Roles.OPERATOR})
public class Shortlists {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    Nominations nominations;

    @Inject
    Selections selections;

    /** The system's proposals from the month's activity, added to the shortlist; returns how many were new. */
    public int propose(long roundId) {
        AwardRound round = selections.round(roundId);
        Instant now = clock.instant();
        round.requireNomination(now);
        Member me = caller.required();
        Shortlist shortlist = selections.shortlist(round);
        int added = 0;
        for (AwardViews.Candidate candidate :
                nominations.rank(round.getForum(), round.getMonth(), Nominations.PROPOSALS)) {
            var proposed =
                    shortlist.propose(candidate.opinion(), candidate.agreements(), candidate.comments(), me, now);
            if (proposed.isPresent()) {
                em.persist(proposed.get());
                added++;
            }
        }
        audit.record("award.nominee.propose", "award-round:" + roundId, added + " proposed");
        return added;
    }

    /** Eligible opinions not on the shortlist that the caller may add, best-ranked first. */
    public List<AwardViews.Candidate> candidates(long roundId, int limit) {
        AwardRound round = selections.round(roundId);
        Member me = caller.required();
        Shortlist shortlist = selections.shortlist(round);
        return nominations.rank(round.getForum(), round.getMonth(), Integer.MAX_VALUE).stream()
                .filter(c -> !shortlist.lists(c.opinion()) && Nominee.inChargeOf(me, c.opinion()))
                .limit(Math.min(Math.max(1, limit), 100))
                .toList();
    }

    /** An official adds an opinion of their bureau's topics to the shortlist, with a reason voters see. */
    public Nominee nominate(long roundId, long opinionId, String reason) {
        AwardRound round = selections.round(roundId);
        Instant now = clock.instant();
        round.requireNomination(now);
        String why = Text.required("reason", reason, Nominee.MAX_REASON, "award.reason");
        AwardViews.Candidate candidate = nominations
                .candidate(round.getForum(), round.getMonth(), opinionId)
                .orElseThrow(() -> new RuleViolation("opinion", "award.nominee.notEligible"));
        Nominee nominee = selections
                .shortlist(round)
                .nominate(
                        candidate.opinion(), candidate.agreements(), candidate.comments(), caller.required(), why, now);
        if (nominee.getId() == null) {
            em.persist(nominee);
            try {
                em.flush();
            } catch (PersistenceException e) {
                // the unique key (round, opinion): another official added it at the same moment
                throw new RuleViolation("opinion", "award.nominee.already");
            }
        }
        audit.record("award.nominee.add", "award-nominee:" + nominee.getId(), why);
        return nominee;
    }

    /** An official takes an opinion of their bureau's topics off the shortlist again, with a reason. */
    public void withdraw(long nomineeId, String reason) {
        Nominee nominee = em.find(Nominee.class, nomineeId);
        if (nominee == null) {
            throw RuleViolation.of("award.select.notNominee");
        }
        Instant now = clock.instant();
        nominee.getRound().requireNomination(now);
        String why = Text.required("removalReason", reason, Nominee.MAX_REASON, "award.reason");
        nominee.withdraw(caller.required(), why, now);
        audit.record("award.nominee.remove", "award-nominee:" + nomineeId, why);
    }
}
