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

    /**
     * The members who took part in topic ?1: an opinion, a comment or a reaction, whatever became of it. Comments are
     * reached by their own topic column (V30), so that each part is an index range of the topic, not a hash of the
     * whole comment table.
     */
    static final String PARTICIPANTS = "SELECT o.author_id AS m FROM opinion o WHERE o.topic_id = ?1"
            + " UNION SELECT c.author_id FROM opinion_comment c WHERE c.topic_id = ?1"
            + " UNION SELECT r.member_id FROM reaction r JOIN opinion o"
            + "  ON r.target_type = 'OPINION' AND r.target_id = o.id WHERE o.topic_id = ?1"
            + " UNION SELECT r.member_id FROM reaction r JOIN opinion_comment c"
            + "  ON r.target_type = 'COMMENT' AND r.target_id = c.id WHERE c.topic_id = ?1";

    /**
     * 1 if member {@code p.m} took part in the discussion of a topic that opened before ?2 (not ?1), else null. Each
     * part is a scalar subquery with LIMIT 1, looked up by the member's index and stopped at the first row: an
     * EXISTS here lets PostgreSQL hash every earlier opinion, comment and reaction (2.7 million rows on the bench
     * data) to answer for a few thousand participants.
     */
    static final String EARLIER = "COALESCE("
            + "(SELECT 1 FROM opinion o JOIN topic t ON t.id = o.topic_id"
            + "  WHERE o.author_id = p.m AND t.opens_at < ?2 AND t.id <> ?1 LIMIT 1),"
            + " (SELECT 1 FROM opinion_comment c JOIN topic t ON t.id = c.topic_id"
            + "  WHERE c.author_id = p.m AND t.opens_at < ?2 AND t.id <> ?1 LIMIT 1),"
            + " (SELECT 1 FROM reaction r JOIN opinion o ON r.target_type = 'OPINION' AND r.target_id = o.id"
            + "  JOIN topic t ON t.id = o.topic_id"
            + "  WHERE r.member_id = p.m AND t.opens_at < ?2 AND t.id <> ?1 LIMIT 1))";

    /** A group of people: birth year (null if unknown), district code (null if none), an option, how many. */
    public record Group(Integer birthYear, String district, String option, long people) {}

    /** The participants of a topic: how many, how many returning, and in which groups. */
    public record Participation(long people, long returning, List<Group> groups) {}

    /** One of the most agreed opinions: its id, stance, text and agrees. */
    public record Agreed(long opinionId, Stance stance, String body, long agrees) {}

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public Map<LocalDate, Long> opinionsPerDay(long topicId, ZoneId zone) {
        return DayBuckets.count(em, "o.created_at", "FROM opinion o WHERE o.topic_id = ?1", topicId, zone);
    }

    public Map<LocalDate, Long> commentsPerDay(long topicId, ZoneId zone) {
        return DayBuckets.count(em, "c.created_at", "FROM opinion_comment c WHERE c.topic_id = ?1", topicId, zone);
    }

    /** Agrees and disagrees on the topic's opinions and comments, by the day they were first given. */
    public Map<LocalDate, Long> reactionsPerDay(long topicId, ZoneId zone) {
        return DayBuckets.count(
                em,
                "x.t",
                "FROM (SELECT r.created_at AS t FROM reaction r JOIN opinion o"
                        + " ON r.target_type = 'OPINION' AND r.target_id = o.id WHERE o.topic_id = ?1"
                        + " UNION ALL SELECT r.created_at FROM reaction r JOIN opinion_comment c"
                        + " ON r.target_type = 'COMMENT' AND r.target_id = c.id WHERE c.topic_id = ?1) x",
                topicId,
                zone);
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

    /**
     * Who took part (an opinion, a comment or a reaction), read once: how many, how many of them had taken part in a
     * topic that opened before this one ({@code opensAt}), and the participants by birth year and district (option
     * "ALL").
     */
    public Participation participation(long topicId, Instant opensAt) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT m.birth_year, m.district_code, COUNT(*),"
                        + " SUM(CASE WHEN " + EARLIER + " IS NULL THEN 0 ELSE 1 END)"
                        + " FROM (" + PARTICIPANTS + ") p JOIN member m ON m.id = p.m"
                        + " GROUP BY m.birth_year, m.district_code")
                .setParameter(1, topicId)
                .setParameter(2, java.sql.Timestamp.from(opensAt))
                .getResultList();
        long people = 0;
        long returning = 0;
        List<Group> groups = new java.util.ArrayList<>();
        for (Object[] r : rows) {
            long count = ((Number) r[2]).longValue();
            people += count;
            returning += r[3] == null ? 0 : ((Number) r[3]).longValue();
            groups.add(new Group(r[0] == null ? null : ((Number) r[0]).intValue(), (String) r[1], "ALL", count));
        }
        return new Participation(people, returning, groups);
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
    public List<Agreed> mostAgreed(long topicId, Stance stance, int limit) {
        return agreed(topicId, stance, limit);
    }

    /** The {@code limit} most agreed visible opinions of each stance (one query for all), by stance, most first. */
    public List<Agreed> mostAgreed(long topicId, int limit) {
        return agreed(topicId, null, limit);
    }

    /** {@code stance} null: every stance, ranked within each. */
    @SuppressWarnings("unchecked")
    private List<Agreed> agreed(long topicId, Stance stance, int limit) {
        jakarta.persistence.Query query = em.createNativeQuery("SELECT a.id, a.stance, a.agrees FROM ("
                + "SELECT g.id, g.stance, g.agrees,"
                + " ROW_NUMBER() OVER (PARTITION BY g.stance ORDER BY g.agrees DESC, g.id) AS rank_in_stance FROM ("
                + "SELECT o.id AS id, o.stance AS stance, COUNT(*) AS agrees FROM opinion o JOIN reaction r"
                + " ON r.target_type = 'OPINION' AND r.target_id = o.id AND r.kind = 'AGREE'"
                + " WHERE o.topic_id = ?1 AND o.status = 'VISIBLE'"
                + (stance == null ? "" : " AND o.stance = ?2")
                + " GROUP BY o.id, o.stance) g) a WHERE a.rank_in_stance <= " + Math.max(1, limit));
        query.setParameter(1, topicId);
        if (stance != null) {
            query.setParameter(2, stance.name());
        }
        List<Object[]> rows = query.getResultList();
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
                        Stance.valueOf((String) r[1]),
                        bodies.get(((Number) r[0]).longValue()),
                        ((Number) r[2]).longValue()))
                // stances in the order of the enum (SQL sorts their names), each most agreed first
                .sorted(java.util.Comparator.comparing(Agreed::stance)
                        .thenComparing(Agreed::agrees, java.util.Comparator.reverseOrder())
                        .thenComparing(Agreed::opinionId))
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
