package org.policyforum.moderation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.policyforum.member.control.WritingBans;
import org.policyforum.member.entity.WritingRestricted;
import org.policyforum.moderation.entity.Sanction;
import org.policyforum.platform.boundary.Settings;

/**
 * Whether a member may write now, for {@code Caller.writer()}: one indexed query for the member's unlifted, unended
 * suspensions and blocks. A block outlasts every suspension; of suspensions, the one that ends last is named.
 */
@Dependent
public class SanctionChecks implements WritingBans {

    /** The end as written in the refusal: the organisation's wall clock, the same in Korean and English. */
    private static final DateTimeFormatter END = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    @Override
    public Optional<WritingRestricted> against(long memberId) {
        Instant now = clock.instant();
        List<Sanction> restricting = em.createNamedQuery(Sanction.RESTRICTING, Sanction.class)
                .setParameter("member", memberId)
                .setParameter("now", now)
                .getResultList();
        if (restricting.isEmpty()) {
            return Optional.empty();
        }
        if (restricting.stream().anyMatch(s -> s.getEndsAt() == null)) {
            return Optional.of(new WritingRestricted(null));
        }
        Instant end = restricting.get(restricting.size() - 1).getEndsAt();
        return Optional.of(
                new WritingRestricted(END.format(end.atZone(settings.current().zone()))));
    }
}
