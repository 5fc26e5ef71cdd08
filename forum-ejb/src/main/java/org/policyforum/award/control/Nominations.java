package org.policyforum.award.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policyforum.award.boundary.AwardViews.Candidate;
import org.policyforum.discussion.entity.Opinion;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.TopicState;

/**
 * Ranks the month's opinions as candidates for the shortlist: agreements plus comments under the opinion (both from
 * others, since nobody can agree with their own opinion twice and comments are counted as activity around it).
 * Only visible opinions of active members on the forum's public topics of that month qualify.
 */
@Dependent
public class Nominations {

    /** How many candidates the system proposes at most; officials add or remove by hand. */
    public static final int PROPOSALS = 20;

    private static final List<TopicState> PUBLIC = List.of(TopicState.OPEN, TopicState.CLOSED, TopicState.ANSWERED);
    private static final String ELIGIBLE =
            " o.topic.forum = :forum AND o.topic.month = :month AND o.topic.state IN :states"
                    + " AND o.status = org.policyforum.discussion.entity.Opinion.Status.VISIBLE"
                    + " AND o.author.status = org.policyforum.member.entity.MemberStatus.ACTIVE";

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    /** The best-ranked eligible opinions, highest score first; on equal scores the earlier opinion first. */
    public List<Candidate> rank(Forum forum, YearMonth month, int limit) {
        Map<Long, Integer> agreements = counts(
                "SELECT o.id, COUNT(r) FROM Opinion o, Reaction r WHERE r.targetType = "
                        + "org.policyforum.discussion.entity.TargetType.OPINION"
                        + " AND r.targetId = o.id AND r.kind = org.policyforum.discussion.entity.ReactionKind.AGREE AND"
                        + ELIGIBLE + " GROUP BY o.id",
                forum,
                month);
        Map<Long, Integer> comments = counts(
                "SELECT o.id, COUNT(c) FROM Comment c JOIN c.opinion o WHERE"
                        + " c.status = org.policyforum.discussion.entity.Opinion.Status.VISIBLE AND" + ELIGIBLE
                        + " GROUP BY o.id",
                forum,
                month);
        List<Opinion> opinions = em.createQuery(
                        "SELECT o FROM Opinion o JOIN FETCH o.author WHERE" + ELIGIBLE, Opinion.class)
                .setParameter("forum", forum)
                .setParameter("month", month.toString())
                .setParameter("states", PUBLIC)
                .getResultList();
        return opinions.stream()
                .map(o -> new Candidate(o, agreements.getOrDefault(o.getId(), 0), comments.getOrDefault(o.getId(), 0)))
                .sorted(Comparator.comparingInt(Candidate::score)
                        .reversed()
                        .thenComparing(c -> c.opinion().getCreatedAt())
                        .thenComparing(c -> c.opinion().getId()))
                .limit(limit)
                .toList();
    }

    /** One opinion's numbers, when an official adds it by hand; empty if it does not qualify. */
    public java.util.Optional<Candidate> candidate(Forum forum, YearMonth month, long opinionId) {
        return rank(forum, month, Integer.MAX_VALUE).stream()
                .filter(c -> c.opinion().getId() == opinionId)
                .findFirst();
    }

    private Map<Long, Integer> counts(String jpql, Forum forum, YearMonth month) {
        Map<Long, Integer> counts = new HashMap<>();
        for (Object[] row : em.createQuery(jpql, Object[].class)
                .setParameter("forum", forum)
                .setParameter("month", month.toString())
                .setParameter("states", PUBLIC)
                .getResultList()) {
            counts.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return counts;
    }
}
