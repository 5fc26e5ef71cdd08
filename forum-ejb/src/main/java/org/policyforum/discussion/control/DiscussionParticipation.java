package org.policyforum.discussion.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.policyforum.topic.control.TopicParticipation;

/**
 * Taking part in a topic's discussion: an opinion, a comment or a reaction (agree/disagree) of the member, whatever
 * became of it later (withdrawn or hidden, the member still took part).
 */
@Dependent
public class DiscussionParticipation implements TopicParticipation {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<Long> participants(long topicId, long afterMember, int limit) {
        List<Object> ids = em.createNativeQuery("SELECT m FROM ("
                        + "SELECT o.author_id AS m FROM opinion o WHERE o.topic_id = ?1 AND o.author_id > ?2"
                        + " UNION SELECT c.author_id FROM opinion_comment c WHERE c.topic_id = ?1 AND c.author_id > ?2"
                        + " UNION SELECT r.member_id FROM reaction r JOIN opinion o"
                        + "  ON r.target_type = 'OPINION' AND r.target_id = o.id WHERE o.topic_id = ?1 AND "
                        + "r.member_id > ?2"
                        + " UNION SELECT r.member_id FROM reaction r JOIN opinion_comment c"
                        + "  ON r.target_type = 'COMMENT' AND r.target_id = c.id"
                        + "  WHERE c.topic_id = ?1 AND r.member_id > ?2"
                        + ") p ORDER BY m LIMIT " + Math.max(1, limit))
                .setParameter(1, topicId)
                .setParameter(2, afterMember)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Long> topicsOf(long memberId, int limit) {
        List<Object> ids = em.createNativeQuery("SELECT t FROM ("
                        + "SELECT o.topic_id AS t FROM opinion o WHERE o.author_id = ?1"
                        + " UNION SELECT c.topic_id FROM opinion_comment c WHERE c.author_id = ?1"
                        + " UNION SELECT o.topic_id FROM reaction r JOIN opinion o"
                        + "  ON r.target_type = 'OPINION' AND r.target_id = o.id WHERE r.member_id = ?1"
                        + " UNION SELECT c.topic_id FROM reaction r JOIN opinion_comment c"
                        + "  ON r.target_type = 'COMMENT' AND r.target_id = c.id WHERE r.member_id = ?1"
                        + ") p ORDER BY t DESC LIMIT " + Math.max(1, limit))
                .setParameter(1, memberId)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }
}
