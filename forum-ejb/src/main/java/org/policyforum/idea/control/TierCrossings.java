package org.policyforum.idea.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.policyforum.idea.entity.AnswerObligation;
import org.policyforum.idea.entity.Idea;
import org.policyforum.idea.entity.Obligation;
import org.policyforum.idea.entity.SupportTier;
import org.policyforum.topic.control.SuggestionOffers;

/**
 * What an idea owes once its supports reach a tier. Called with the idea's row locked (every support and every merge
 * takes that lock first), so the count it reads is exact and two supports that cross a tier in the same instant
 * come here one after the other: the second finds the obligation the first made. The unique key (idea, tier) stands
 * behind that, should a future caller forget the lock.
 */
@Dependent
public class TierCrossings {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    SuggestionOffers suggestions;

    @Inject
    TierThresholds thresholds;

    /** The tiers, lowest first. */
    public List<SupportTier> tiers() {
        return em.createNamedQuery(SupportTier.ALL, SupportTier.class).getResultList();
    }

    /** Makes the obligations of every tier the locked idea's count has reached and that it does not owe yet. */
    public List<AnswerObligation> cross(Idea locked, Instant now) {
        if (!thresholds.anyReachedBy(locked.getSupportCount())) {
            // below the lowest tier, as most supports are: nothing to read
            return List.of();
        }
        List<SupportTier> reached = tiers().stream()
                .filter(t -> t.getSupports() <= locked.getSupportCount())
                .toList();
        if (reached.isEmpty()) {
            return List.of();
        }
        Set<Long> owed = new HashSet<>();
        for (AnswerObligation o : em.createNamedQuery(AnswerObligation.OF_IDEA, AnswerObligation.class)
                .setParameter("idea", locked.getId())
                .getResultList()) {
            owed.add(o.getTierId());
        }
        List<AnswerObligation> made = reached.stream()
                .filter(t -> !owed.contains(t.getId()))
                .map(t -> new AnswerObligation(locked, t, now))
                .toList();
        for (AnswerObligation obligation : made) {
            em.persist(obligation);
            if (obligation.getObliges() == Obligation.TOPIC_SUGGESTION && locked.getSuggestionId() == null) {
                locked.linkSuggestion(suggestions.offer(
                        locked.getAuthor(), locked.getTitle(), locked.getBody(), locked.getBureau(), now));
            }
        }
        return made;
    }
}
