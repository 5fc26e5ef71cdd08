package org.policyforum.moderation.boundary;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.policyforum.moderation.entity.Sanction;
import org.policyforum.moderation.entity.SanctionKind;

/** A sanction as its member and the moderators read it. */
public record SanctionView(
        long id,
        long memberId,
        SanctionKind kind,
        Integer days,
        String reason,
        Instant placedAt,
        Instant endsAt,
        Instant liftedAt,
        String liftReason,
        String appeal,
        Instant appealedAt,
        boolean inForce) {

    static SanctionView of(Sanction s, Instant now) {
        return new SanctionView(
                s.getId(),
                s.getMemberId(),
                s.getKind(),
                s.getDays(),
                s.getReason(),
                s.getPlacedAt(),
                s.getEndsAt(),
                s.getLiftedAt(),
                s.getLiftReason(),
                s.getAppeal(),
                s.getAppealedAt(),
                s.isInForce(now));
    }

    static List<SanctionView> all(EntityManager em, long memberId, Instant now) {
        return em.createNamedQuery(Sanction.OF_MEMBER, Sanction.class)
                .setParameter("member", memberId)
                .getResultStream()
                .map(s -> of(s, now))
                .toList();
    }
}
