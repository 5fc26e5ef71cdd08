package org.policyforum.poll.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.policyforum.topic.control.TopicParticipation;

/** Taking part in a topic through a poll beside it: a ballot cast. */
@Dependent
public class PollParticipation implements TopicParticipation {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<Long> participants(long topicId, long afterMember, int limit) {
        List<Object> ids = em.createNativeQuery("SELECT DISTINCT b.member_id FROM ballot b JOIN poll p ON p.id = "
                        + "b.poll_id WHERE p.topic_id = ?1 AND b.member_id > ?2 ORDER BY b.member_id LIMIT "
                        + Math.max(1, limit))
                .setParameter(1, topicId)
                .setParameter(2, afterMember)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Long> topicsOf(long memberId, int limit) {
        List<Object> ids = em.createNativeQuery("SELECT DISTINCT p.topic_id FROM ballot b JOIN poll p ON p.id = "
                        + "b.poll_id WHERE b.member_id = ?1 AND p.topic_id IS NOT NULL ORDER BY p.topic_id DESC LIMIT "
                        + Math.max(1, limit))
                .setParameter(1, memberId)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }
}
