package org.policyforum.discussion.control;

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
 * The discussion feature's read port for the mail module's follow digest: how many new opinions of others each
 * follower's topics got. Opinions are this feature's; the follows and topics are the topic feature's, which
 * discussion may read (discussion depends on topic). One query for a page of followers, counted in the database.
 */
@Dependent
public class FollowedTopicNews {

    /** A followed topic with {@code opinions} new visible opinions of other members. */
    public record News(long memberId, long topicId, String title, long opinions) {}

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    /**
     * For each of {@code memberIds} and each topic they follow: the visible opinions of other members written after
     * the member began to follow, after {@code after} (when given: the member's previous digest) and up to
     * {@code until}. Topics without such opinions are left out; ordered by member, then topic.
     */
    @SuppressWarnings("unchecked")
    public List<News> since(Collection<Long> memberIds, Optional<Instant> after, Instant until) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery("SELECT f.member_id, t.id, t.title, COUNT(o.id)"
                        + " FROM topic_follow f JOIN topic t ON t.id = f.topic_id"
                        + " JOIN opinion o ON o.topic_id = f.topic_id AND o.status = 'VISIBLE' AND o.author_id <> "
                        + "f.member_id"
                        + "   AND o.created_at > f.created_at AND o.created_at <= ?1"
                        + (after.isPresent() ? " AND o.created_at > ?2" : "")
                        // ids are longs, never input text: a page's IN list needs no parameter per id
                        + " WHERE f.member_id IN ("
                        + memberIds.stream().map(String::valueOf).collect(Collectors.joining(","))
                        + ") GROUP BY f.member_id, t.id, t.title ORDER BY f.member_id, t.id")
                .setParameter(1, Timestamp.from(until));
        after.ifPresent(a -> query.setParameter(2, Timestamp.from(a)));
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new News(
                        ((Number) r[0]).longValue(),
                        ((Number) r[1]).longValue(),
                        (String) r[2],
                        ((Number) r[3]).longValue()))
                .toList();
    }
}
