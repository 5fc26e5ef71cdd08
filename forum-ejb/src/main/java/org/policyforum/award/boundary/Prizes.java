package org.policyforum.award.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.policyforum.award.control.Selections;
import org.policyforum.award.entity.Award;
import org.policyforum.award.entity.PrizeStatus;
import org.policyforum.platform.control.Audit;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;

/**
 * The prizes of announced rounds: operators see the winners with their delivery addresses (personal data, so
 * operators only) and mark each prize sent or declined, which erases the address. Every move is audited.
 */
@Stateless
@RolesAllowed(Roles.OPERATOR)
public class Prizes {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Audit audit;

    @Inject
    Selections selections;

    /** The round's winners with their prizes and delivery addresses. */
    public List<Award> ofRound(long roundId) {
        return em.createNamedQuery(Award.OF_ROUND, Award.class)
                .setParameter("round", selections.round(roundId))
                .getResultList();
    }

    public Award fulfil(long awardId, PrizeStatus outcome) {
        Award award = em.find(Award.class, awardId);
        if (award == null) {
            throw RuleViolation.of("notFound");
        }
        award.fulfil(outcome, clock.instant());
        audit.record("award.prize." + outcome.name().toLowerCase(Locale.ROOT), "award:" + awardId, "address erased");
        return award;
    }
}
