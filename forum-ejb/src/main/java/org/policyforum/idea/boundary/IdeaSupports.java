package org.policyforum.idea.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import org.policyforum.idea.control.TierCrossings;
import org.policyforum.idea.entity.Idea;
import org.policyforum.idea.entity.IdeaMark;
import org.policyforum.idea.entity.IdeaState;
import org.policyforum.idea.entity.IdeaSupport;
import org.policyforum.member.control.Caller;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;

/**
 * Supports: one per verified member per idea, not for one's own, while the idea's window is open; taken back while
 * it is still open. Each takes the idea's row lock first, so the count is exact and a tier is crossed once: the
 * support that reaches it makes the obligation, the next one finds it made.
 */
@Stateless
public class IdeaSupports {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    TierCrossings crossings;

    /** What a support came to: the idea's count after it, and how many tiers it crossed (usually none). */
    public record Receipt(int supports, int tiersCrossed) {}

    @RolesAllowed(Roles.CITIZEN)
    public Receipt support(long ideaId) {
        long me = caller.writerId();
        Instant now = clock.instant();
        Idea idea = locked(ideaId);
        if (idea.isAuthor(me)) {
            throw RuleViolation.of("idea.support.own");
        }
        if (idea.isHidden()) {
            // supports given before it was hidden, and obligations they made, stay; no new ones while it is hidden
            throw RuleViolation.of("idea.support.hidden");
        }
        refuseUnlessSupportable(idea, now);
        em.persist(new IdeaSupport(ideaId, me, now));
        try {
            em.flush();
        } catch (PersistenceException e) {
            // the primary key (idea, member): this member's support is already counted
            throw RuleViolation.of("idea.support.duplicate");
        }
        idea.countSupport();
        return new Receipt(idea.getSupportCount(), crossings.cross(idea, now).size());
    }

    /** Takes the caller's support back while the window is open; obligations already made stay. */
    @RolesAllowed(Roles.CITIZEN)
    public Receipt withdraw(long ideaId) {
        long me = caller.id().orElseThrow(() -> new SecurityException("no member is logged in"));
        Instant now = clock.instant();
        Idea idea = locked(ideaId);
        refuseUnlessSupportable(idea, now);
        IdeaSupport support = em.find(IdeaSupport.class, new IdeaMark.Key(ideaId, me));
        if (support == null) {
            throw RuleViolation.of("idea.support.none");
        }
        em.remove(support);
        idea.uncountSupport();
        return new Receipt(idea.getSupportCount(), 0);
    }

    private Idea locked(long ideaId) {
        Idea idea = em.find(Idea.class, ideaId, LockModeType.PESSIMISTIC_WRITE);
        if (idea == null) {
            throw RuleViolation.of("notFound");
        }
        return idea;
    }

    private static void refuseUnlessSupportable(Idea idea, Instant now) {
        if (idea.getState() == IdeaState.MERGED) {
            throw RuleViolation.of("idea.support.merged");
        }
        if (!idea.getState().isSupportable()) {
            throw RuleViolation.of("idea.support.closed");
        }
        if (!idea.isSupportable(now)) {
            throw RuleViolation.of("idea.support.windowOver");
        }
    }
}
