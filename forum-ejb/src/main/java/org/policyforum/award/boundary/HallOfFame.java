package org.policyforum.award.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.policyforum.award.boundary.AwardViews.RoundView;
import org.policyforum.award.control.RoundViews;
import org.policyforum.award.entity.Award;
import org.policyforum.award.entity.AwardRound;

/** Past winners: the announced rounds a page at a time, and a member's awards for their public profile. */
@Stateless
@PermitAll
public class HallOfFame {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    RoundViews views;

    /** Announced rounds, newest month first, with their winners. */
    public List<RoundView> rounds(int first, int size) {
        return em.createNamedQuery(AwardRound.ANNOUNCED, AwardRound.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, size), 50))
                .getResultStream()
                .map(views::of)
                .toList();
    }

    public long count() {
        return em.createNamedQuery(AwardRound.COUNT_ANNOUNCED, Long.class).getSingleResult();
    }

    /** A member's announced awards, for their public profile: no prize details. */
    public List<MemberAward> awardsOf(long memberId) {
        return em.createNamedQuery(Award.OF_MEMBER, Award.class)
                .setParameter("member", memberId)
                .getResultStream()
                .map(MemberAward::shownToAll)
                .toList();
    }
}
