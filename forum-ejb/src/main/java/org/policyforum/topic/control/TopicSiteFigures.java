package org.policyforum.topic.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The topic feature's port for the site overview (the report feature composes it): which bureau owns each topic. A
 * row per topic: the forum has one or two topics a month, a few hundred over years.
 */
@Dependent
public class TopicSiteFigures {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    /** The owning bureau of every topic that has one, by topic id. */
    @SuppressWarnings("unchecked")
    public Map<Long, Long> bureauOfTopics() {
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT t.id, t.bureau_id FROM topic t WHERE t.bureau_id IS NOT NULL")
                .getResultList();
        return rows.stream()
                .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).longValue()));
    }
}
