package org.policyforum.topic.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The topic feature's read port for the mail module's follow digest: who follows topics at all, page by page. The
 * follows are the topic feature's table; the mail module never names it.
 */
@Dependent
public class TopicFollowers {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    /** The next {@code limit} members (by id, after {@code afterMember}) who follow at least one topic. */
    @SuppressWarnings("unchecked")
    public List<Long> after(long afterMember, int limit) {
        List<Object> ids = em.createNativeQuery(
                        "SELECT DISTINCT member_id FROM topic_follow WHERE member_id > ?1 ORDER BY member_id LIMIT "
                                + limit)
                .setParameter(1, afterMember)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }
}
