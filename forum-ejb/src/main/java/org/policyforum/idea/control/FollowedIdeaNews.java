package org.policyforum.idea.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The idea feature's read port for the mail module's follow digest: who follows ideas, page by page, and what
 * happened to each follower's ideas in a period: moves of state (the idea's public history), answers, and visible
 * comments of other members. The follows, events, answers and comments are this feature's tables; the mail module
 * never names them. One query for a page of followers, counted in the database.
 */
@Dependent
public class FollowedIdeaNews {

    /**
     * A followed idea with news: {@code moves} changes of state (it now stands at {@code state}), {@code answers} new
     * answers and {@code comments} new comments of others.
     */
    public record News(
            long memberId, long ideaId, String title, String state, long moves, long answers, long comments) {}

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    /** The next {@code limit} members (by id, after {@code afterMember}) who follow at least one idea. */
    @SuppressWarnings("unchecked")
    public List<Long> followers(long afterMember, int limit) {
        List<Object> ids = em.createNativeQuery(
                        "SELECT DISTINCT member_id FROM idea_follow WHERE member_id > ?1 ORDER BY member_id LIMIT "
                                + Math.max(1, limit))
                .setParameter(1, afterMember)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * For each of {@code memberIds} and each idea they follow: what happened after the member began to follow, after
     * {@code after} (when given: the member's previous digest) and up to {@code until}. Ideas without news are left
     * out; ordered by member, then idea.
     */
    @SuppressWarnings("unchecked")
    public List<News> since(Collection<Long> memberIds, Optional<Instant> after, Instant until) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery("SELECT * FROM (SELECT f.member_id, i.id, i.title, i.state,"
                        + " (SELECT COUNT(*) FROM idea_event e WHERE e.idea_id = f.idea_id"
                        + window("e.happened_at", after) + ") AS n_moves,"
                        + " (SELECT COUNT(*) FROM idea_answer a WHERE a.idea_id = f.idea_id"
                        + window("a.answered_at", after) + ") AS n_answers,"
                        + " (SELECT COUNT(*) FROM idea_comment c WHERE c.idea_id = f.idea_id AND c.status = 'VISIBLE'"
                        + " AND c.author_id <> f.member_id" + window("c.created_at", after) + ") AS n_comments"
                        + " FROM idea_follow f JOIN idea i ON i.id = f.idea_id"
                        // ids are longs, never input text: a page's IN list needs no parameter per id
                        + " WHERE f.member_id IN ("
                        + memberIds.stream().map(String::valueOf).collect(Collectors.joining(","))
                        + ")) n WHERE n.n_moves + n.n_answers + n.n_comments > 0 ORDER BY n.member_id, n.id")
                .setParameter(1, Timestamp.from(until));
        after.ifPresent(a -> query.setParameter(2, Timestamp.from(a)));
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new News(
                        ((Number) r[0]).longValue(),
                        ((Number) r[1]).longValue(),
                        (String) r[2],
                        (String) r[3],
                        ((Number) r[4]).longValue(),
                        ((Number) r[5]).longValue(),
                        ((Number) r[6]).longValue()))
                .toList();
    }

    /** After the follow began, up to ?1 and, with a previous digest, after ?2. */
    private static String window(String column, Optional<Instant> after) {
        return " AND " + column + " > f.created_at AND " + column + " <= ?1"
                + (after.isPresent() ? " AND " + column + " > ?2" : "");
    }
}
