package org.policyforum.award.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import org.policyforum.award.entity.AwardRound;
import org.policyforum.award.entity.AwardVote;
import org.policyforum.award.entity.Nominee;
import org.policyforum.member.control.Caller;
import org.policyforum.member.entity.Member;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;

/** The citizens' jury: verified members vote for nominees while the round's vote is open ({@link Nominee#voteBy}). */
@Stateless
@RolesAllowed(Roles.MEMBER)
public class CitizenVotes {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    /**
     * A verified member votes for a nominee while voting is open: not for themselves, at most the round's votes each,
     * once per nominee. The vote takes the member's next free slot; two votes sent at the same moment aim at the same
     * slot and the database's unique key keeps exactly one.
     */
    public void voteFor(long nomineeId) {
        Member me = caller.writer();
        Nominee nominee = em.find(Nominee.class, nomineeId);
        if (nominee == null) {
            throw RuleViolation.of("award.vote.notNominee");
        }
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
}
