package org.policyforum.discussion.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.policyforum.discussion.entity.Opinion;
import org.policyforum.platform.control.DayBuckets;
import org.policyforum.topic.entity.Stance;

/**
 * A topic's discussion in figures, for the officials' dashboard (the report feature composes them): what was written
 * per day, who took part and in which groups, the most agreed opinions. Every figure is grouped in SQL; no query
 * loads the rows it counts. Counts of people are true counts: the caller suppresses small groups before showing.
 */
@Dependent
public class DiscussionFigures {

    /** The members who took part in topic ?1: an opinion, a comment or a reaction, whatever became of it. */
    static final String PARTICIPANTS = "SELECT o.author_id AS m FROM opinion o WHERE o.topic_id = ?1"
            + " UNION SELECT c.author_id FROM opinion_comment c JOIN opinion o ON o.id = c.opinion_id"
            + "  WHERE o.topic_id = ?1"
            + " UNION SELECT r.member_id FROM reaction r JOIN opinion o"
            + "  ON r.target_type = 'OPINION' AND r.target_id = o.id WHERE o.topic_id = ?1"
            + " UNION SELECT r.member_id FROM reaction r JOIN opinion_comment c"
            + "  ON r.target_type = 'COMMENT' AND r.target_id = c.id JOIN opinion o ON o.id = c.opinion_id"
            + "  WHERE o.topic_id = ?1";

    /** A group of people: birth year (null if unknown), district code (null if none), an option, how many. */
    public record Group(Integer birthYear, String district, String option, long people) {}

    /** One of the most agreed opinions: its id, stance, text and agrees. */
    public record Agreed(long opinionId, Stance stance, String body, long agrees) {}

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public Map<LocalDate, Long> opinionsPerDay(long topicId, ZoneId zone) {
        return DayBuckets.count(em, "o.created_at", "FROM opinion o WHERE o.topic_id = ?1", topicId, zone);
    }

    public Map<LocalDate, Long> commentsPerDay(long topicId, ZoneId zone) {
        return DayBuckets.count(
                em,
                "c.created_at",
                "FROM opinion_comment c JOIN opinion o ON o.id = c.opinion_id WHERE o.topic_id = ?1",
                topicId,
                zone);
    }

    /** Agrees and disagrees on the topic's opinions and comments, by the day they were first given. */
    public Map<LocalDate, Long> reactionsPerDay(long topicId, ZoneId zone) {
        Map<LocalDate, Long> days = DayBuckets.count(
                em,
                "r.created_at",
                "FROM reaction r JOIN opinion o ON r.target_type = 'OPINION' AND r.target_id = o.id"
                        + " WHERE o.topic_id = ?1",
                topicId,
                zone);
        DayBuckets.count(
                        em,
                        "r.created_at",
                        "FROM reaction r JOIN opinion_comment c ON r.target_type = 'COMMENT' AND r.target_id = c.id"
                                + " JOIN opinion o ON o.id = c.opinion_id WHERE o.topic_id = ?1",
                        topicId,
                        zone)
                .forEach((day, count) -> days.merge(day, count, Long::sum));
        return days;
    }

    /** Visible opinions per stance. */
    public Map<Stance, Long> stances(long topicId) {
        Map<Stance, Long> split = new java.util.EnumMap<>(Stance.class);
        for (Stance stance : Stance.values()) {
            split.put(stance, 0L);
        }
        for (Object[] row : rows(
                "SELECT o.stance, COUNT(*) FROM opinion o WHERE o.topic_id = ?1 AND o.status = 'VISIBLE'"
                        + " GROUP BY o.stance",
                topicId)) {
            split.put(Stance.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        return split;
    }

    /** How many members took part (an opinion, a comment or a reaction). */
    public long participants(long topicId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM (" + PARTICIPANTS + ") p")
                        .setParameter(1, topicId)
                        .getSingleResult())
                .longValue();
    }

    /**
     * How many of the topic's participants had already taken part in the discussion of a topic that opened before
     * it ({@code opensAt}): each participant is looked up by index, not every earlier row read.
     */
    public long returning(long topicId, Instant opensAt) {
        String earlierTopic = " JOIN topic t ON t.id = o.topic_id AND t.opens_at < ?2 AND t.id <> ?1";
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM (" + PARTICIPANTS + ") p WHERE"
                                + " EXISTS (SELECT 1 FROM opinion o" + earlierTopic + " WHERE o.author_id = p.m)"
                                + " OR EXISTS (SELECT 1 FROM opinion_comment c JOIN opinion o ON o.id = c.opinion_id"
                                + earlierTopic + " WHERE c.author_id = p.m)"
                                + " OR EXISTS (SELECT 1 FROM reaction r JOIN opinion o ON r.target_type = 'OPINION'"
                                + " AND r.target_id = o.id" + earlierTopic + " WHERE r.member_id = p.m)")
                        .setParameter(1, topicId)
                        .setParameter(2, java.sql.Timestamp.from(opensAt))
                        .getSingleResult())
                .longValue();
    }

    /** The participants by birth year and district (option "ALL"). */
    public List<Group> participantGroups(long topicId) {
        return groups(
                "SELECT m.birth_year, m.district_code, 'ALL', COUNT(*) FROM (" + PARTICIPANTS + ") p"
                        + " JOIN member m ON m.id = p.m GROUP BY m.birth_year, m.district_code",
                topicId);
    }

    /** The authors of visible opinions by stance (the option), birth year and district; each author once a stance. */
    public List<Group> stanceGroups(long topicId) {
        return groups(
                "SELECT m.birth_year, m.district_code, a.stance, COUNT(*) FROM (SELECT DISTINCT o.author_id, o.stance"
                        + " FROM opinion o WHERE o.topic_id = ?1 AND o.status = 'VISIBLE') a"
                        + " JOIN member m ON m.id = a.author_id GROUP BY m.birth_year, m.district_code, a.stance",
                topicId);
    }

    /** The {@code limit} visible opinions of a stance with the most agrees (at least one), most first. */
    @SuppressWarnings("unchecked")
    public List<Agreed> mostAgreed(long topicId, Stance stance, int limit) {
        List<Object[]> rows = em.createNativeQuery("SELECT o.id, COUNT(*) FROM opinion o JOIN reaction r"
                        + " ON r.target_type = 'OPINION' AND r.target_id = o.id AND r.kind = 'AGREE'"
                        + " WHERE o.topic_id = ?1 AND o.status = 'VISIBLE' AND o.stance = ?2"
                        + " GROUP BY o.id ORDER BY COUNT(*) DESC, o.id LIMIT " + Math.max(1, limit))
                .setParameter(1, topicId)
                .setParameter(2, stance.name())
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, String> bodies = new java.util.HashMap<>();
        em.createNamedQuery(Opinion.BY_IDS, Opinion.class)
                .setParameter(
                        "ids",
                        rows.stream().map(r -> ((Number) r[0]).longValue()).toList())
                .getResultList()
                .forEach(o -> bodies.put(o.getId(), o.getBody()));
        return rows.stream()
                .map(r -> new Agreed(
                        ((Number) r[0]).longValue(),
                        stance,
                        bodies.get(((Number) r[0]).longValue()),
                        ((Number) r[1]).longValue()))
                .toList();
    }

    private List<Group> groups(String sql, long topicId) {
        return rows(sql, topicId).stream()
                .map(r -> new Group(
                        r[0] == null ? null : ((Number) r[0]).intValue(),
                        (String) r[1],
                        (String) r[2],
                        ((Number) r[3]).longValue()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long topicId) {
        return em.createNativeQuery(sql).setParameter(1, topicId).getResultList();
    }
}
