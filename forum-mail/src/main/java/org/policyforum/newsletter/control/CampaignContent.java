package org.policyforum.newsletter.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a campaign mail says about each topic, read straight from the forum's tables (forum-mail has no mapping of
 * them): title, summary, the experts' pro and con brief titles, and the poll question if the topic has one.
 */
@Dependent
public class CampaignContent {

    public record TopicContent(
            long id,
            String forum,
            String title,
            String summary,
            List<String> pro,
            List<String> con,
            Optional<String> pollQuestion) {}

    @PersistenceContext(unitName = "mail")
    EntityManager em;

    /** The latest opened OPEN topic of a forum (MAIN or YOUTH), if any. */
    public Optional<Long> openTopic(String forum) {
        List<?> ids = em.createNativeQuery(
                        "SELECT id FROM topic WHERE forum = ? AND state = 'OPEN' ORDER BY opens_at DESC, id DESC")
                .setParameter(1, forum)
                .setMaxResults(1)
                .getResultList();
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    public Optional<TopicContent> topic(Long topicId) {
        if (topicId == null) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("SELECT forum, title, summary FROM topic WHERE id = ?")
                .setParameter(1, topicId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        List<String> pro = new ArrayList<>();
        List<String> con = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT stance, title FROM expert_opinion WHERE topic_id = ? ORDER BY id")
                .setParameter(1, topicId)
                .getResultList()) {
            Object[] brief = (Object[]) o;
            ("PRO".equals(brief[0]) ? pro : con).add((String) brief[1]);
        }
        return Optional.of(new TopicContent(
                topicId, (String) row[0], (String) row[1], (String) row[2], pro, con, pollQuestion(topicId)));
    }

    /** The question of the topic's poll, if it has one: the same poll the topic page shows (its latest). */
    Optional<String> pollQuestion(long topicId) {
        List<?> questions = em.createNativeQuery(
                        "SELECT question FROM poll WHERE topic_id = ? ORDER BY opens_at DESC, id DESC")
                .setParameter(1, topicId)
                .setMaxResults(1)
                .getResultList();
        return questions.stream().findFirst().map(String.class::cast);
    }
}
