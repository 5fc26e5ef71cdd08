package org.policyforum.award.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import org.policyforum.award.control.Selections;
import org.policyforum.award.entity.Award;
import org.policyforum.award.entity.AwardRound;
import org.policyforum.award.entity.Nominee;
import org.policyforum.member.control.Caller;
import org.policyforum.platform.control.Audit;
import org.policyforum.platform.control.Text;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;

/**
 * The officials' jury: once voting has closed, officials pick winners among the nominees of their own bureau's
 * topics (operators any), each with a one-line citation, and may take a pick back until the round is confirmed. The
 * round's {@link org.policyforum.award.entity.Selection} decides; every pick is audited.
 */
@Stateless
@RolesAllowed({Roles.OFFICIAL, Roles.OPERATOR})
public class OfficialPicks {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    Selections selections;

    /**
     * An official picks a winner, with a one-line citation. The pick takes the lowest free place, and the unique
     * keys settle two officials picking at the same moment.
     */
    public Award select(long nomineeId, String citation) {
        Nominee nominee = em.find(Nominee.class, nomineeId);
        if (nominee == null) {
            throw RuleViolation.of("award.select.notNominee");
        }
        AwardRound round = nominee.getRound();
        Instant now = clock.instant();
        round.requireSelection(now);
        String line = Text.required("citation", citation, Award.MAX_CITATION, "award.citation");
        Award award = selections.selection(round, now).pick(nominee, caller.required(), line, now);
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
        if (award == null) {
            throw RuleViolation.of("notFound");
        }
        award.requireRetractableBy(caller.required(), clock.instant());
        em.remove(award);
        audit.record("award.unselect", "award-nominee:" + award.getNominee().getId(), award.getCitation());
    }
}
