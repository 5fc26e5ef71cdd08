package org.policyforum.idea.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.policyforum.idea.boundary.IdeaViews.Row;
import org.policyforum.idea.control.IdeaReadModel;
import org.policyforum.idea.control.TierCrossings;
import org.policyforum.idea.entity.AnswerObligation;
import org.policyforum.idea.entity.Idea;
import org.policyforum.idea.entity.IdeaCategory;
import org.policyforum.idea.entity.IdeaState;
import org.policyforum.member.entity.Bureau;
import org.policyforum.platform.control.Audit;
import org.policyforum.platform.control.Text;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.control.SuggestionOffers;

/**
 * Moderators and operators sort the incoming ideas: give each its owning bureau and category, take it under review,
 * merge a duplicate into the idea it repeats (its supporters move, each counted once) or decline it with a public
 * reason. Every move is audited and shown on the idea with its date and reason.
 */
@Stateless
@RolesAllowed({Roles.MODERATOR, Roles.OPERATOR})
public class IdeaTriage {

    public static final int REASON_MAX = 2000;

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Audit audit;

    @Inject
    TierCrossings crossings;

    @Inject
    SuggestionOffers suggestions;

    @Inject
    IdeaReadModel reads;

    public List<Row> queue(IdeaViews.TriageQueue queue, int first, int size) {
        return reads.triage(queue, first, size);
    }

    public long count(IdeaViews.TriageQueue queue) {
        return reads.triageCount(queue);
    }

    /** The owning bureau (which answers the idea's bureau tiers) and the category. */
    public void assign(long ideaId, Long bureauId, Long categoryId) {
        Idea idea = locked(ideaId);
        Bureau bureau = bureauId == null ? null : em.find(Bureau.class, bureauId);
        if (bureauId != null && (bureau == null || !bureau.isActive())) {
            throw new RuleViolation("bureau", "admin.bureau.unknown");
        }
        IdeaCategory category = categoryId == null ? idea.getCategory() : em.find(IdeaCategory.class, categoryId);
        if (category == null) {
            throw new RuleViolation("category", "idea.category.required");
        }
        try {
            idea.assign(bureau, category);
        } catch (IllegalStateException e) {
            throw RuleViolation.of("idea.move.notAllowed");
        }
        if (bureau != null) {
            em.createNamedQuery(AnswerObligation.OF_IDEA, AnswerObligation.class)
                    .setParameter("idea", ideaId)
                    .getResultList()
                    .forEach(o -> o.assignIfUnowned(bureau));
        }
        audit.record(
                "idea.assign",
                "idea:" + ideaId,
                (bureau == null ? "-" : bureau.getNameKo()) + " / " + category.getNameKo());
    }

    public void review(long ideaId, String reason) {
        move(ideaId, IdeaState.UNDER_REVIEW, reason);
    }

    public void decline(long ideaId, String reason) {
        move(ideaId, IdeaState.DECLINED, reason);
    }

    /**
     * Merges a duplicate into the idea it repeats: its supporters, and its author, support the other idea now
     * (each member once; never the other idea's own author), its page points there, and the other idea's count and
     * tiers are brought up to date. Both rows are locked, the lower id first, so two merges cannot deadlock.
     */
    public void merge(long duplicateId, long intoId, String reason) {
        String why = Text.required("reason", reason, REASON_MAX, "idea.reason");
        if (duplicateId == intoId) {
            throw new RuleViolation("into", "idea.merge.self");
        }
        Idea first = locked(Math.min(duplicateId, intoId));
        Idea second = locked(Math.max(duplicateId, intoId));
        Idea duplicate = first.getId() == duplicateId ? first : second;
        Idea into = duplicate == first ? second : first;
        if (!into.getState().isSupportable() || into.getMergedIntoId() != null) {
            throw new RuleViolation("into", "idea.merge.targetClosed");
        }
        Instant now = clock.instant();
        try {
            em.persist(duplicate.mergeInto(into, why, now));
        } catch (IllegalStateException e) {
            throw RuleViolation.of("idea.move.notAllowed");
        }
        em.createNativeQuery("INSERT INTO idea_support (idea_id, member_id, created_at)"
                        + " SELECT ?1, s.member_id, s.created_at FROM idea_support s WHERE s.idea_id = ?2"
                        + " AND s.member_id <> ?3 AND NOT EXISTS (SELECT 1 FROM idea_support t"
                        + " WHERE t.idea_id = ?1 AND t.member_id = s.member_id)")
                .setParameter(1, into.getId())
                .setParameter(2, duplicate.getId())
                .setParameter(3, into.getAuthorId())
                .executeUpdate();
        if (!duplicate.getAuthorId().equals(into.getAuthorId())) {
            em.createNativeQuery("INSERT INTO idea_support (idea_id, member_id, created_at) SELECT ?1, ?2, ?3"
                            + " FROM idea WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM idea_support t"
                            + " WHERE t.idea_id = ?1 AND t.member_id = ?2)")
                    .setParameter(1, into.getId())
                    .setParameter(2, duplicate.getAuthorId())
                    .setParameter(3, java.sql.Timestamp.from(now))
                    .executeUpdate();
        }
        em.createNativeQuery("DELETE FROM idea_support WHERE idea_id = ?1")
                .setParameter(1, duplicate.getId())
                .executeUpdate();
        Number supports = (Number) em.createNativeQuery("SELECT COUNT(*) FROM idea_support WHERE idea_id = ?1")
                .setParameter(1, into.getId())
                .getSingleResult();
        into.recount(supports.intValue());
        crossings.cross(into, now);
        audit.record("idea.merge", "idea:" + duplicateId, "into idea:" + intoId + " — " + why);
    }

    /** Offers the idea as a suggestion for a monthly topic (once; the link shows both ways). */
    public long offerAsTopic(long ideaId) {
        Idea idea = locked(ideaId);
        if (idea.getSuggestionId() != null) {
            throw RuleViolation.of("idea.topic.alreadyOffered");
        }
        if (idea.getState().isClosed() || idea.getState() == IdeaState.DECLINED) {
            throw RuleViolation.of("idea.move.notAllowed");
        }
        long suggestion =
                suggestions.offer(idea.getAuthor(), idea.getTitle(), idea.getBody(), idea.getBureau(), clock.instant());
        idea.linkSuggestion(suggestion);
        audit.record("idea.offerAsTopic", "idea:" + ideaId, "suggestion:" + suggestion);
        return suggestion;
    }

    private void move(long ideaId, IdeaState target, String reason) {
        String why = Text.required("reason", reason, REASON_MAX, "idea.reason");
        Idea idea = locked(ideaId);
        IdeaState from = idea.getState();
        try {
            em.persist(idea.moveTo(target, why, null, clock.instant()));
        } catch (IllegalStateException e) {
            throw RuleViolation.of("idea.move.notAllowed");
        }
        audit.record(
                "idea." + target.name().toLowerCase(java.util.Locale.ROOT),
                "idea:" + ideaId,
                from + " -> " + target + " — " + why);
    }

    private Idea locked(long ideaId) {
        Idea idea = em.find(Idea.class, ideaId, LockModeType.PESSIMISTIC_WRITE);
        if (idea == null) {
            throw RuleViolation.of("notFound");
        }
        return idea;
    }
}
