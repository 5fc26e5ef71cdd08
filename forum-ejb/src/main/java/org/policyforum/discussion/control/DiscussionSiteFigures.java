package org.policyforum.discussion.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.policyforum.platform.control.MonthBuckets;

/**
 * The discussion's port for the site overview (the report feature composes it): opinions, comments and reactions per
 * month, opinions per topic, and who took part since a moment. Every SQL text that names the discussion's tables for
 * the overview lives here.
 */
@Dependent
public class DiscussionSiteFigures {

    /**
     * The members who wrote or reacted since the moment bound to parameter {@code ?1}, one column {@code m}: SQL to
     * be united with the other features' (a distinct count across features is one statement, not a set in Java).
     */
    public static final String TOOK_PART_SINCE = "SELECT author_id AS m FROM opinion WHERE created_at >= ?1"
            + " UNION SELECT author_id FROM opinion_comment WHERE created_at >= ?1"
            + " UNION SELECT member_id FROM reaction WHERE changed_at >= ?1";

    /** What the discussion counts per month, each by the moment it was made. */
    public enum Kind {
        OPINIONS("o.created_at", "FROM opinion o"),
        COMMENTS("c.created_at", "FROM opinion_comment c"),
        REACTIONS("r.created_at", "FROM reaction r");

        private final String column;
        private final String from;

        Kind(String column, String from) {
            this.column = column;
            this.from = from;
        }
    }

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public Map<YearMonth, Long> perMonth(Kind kind, List<YearMonth> months, ZoneId zone) {
        return MonthBuckets.count(em, kind.column, kind.from, months, zone);
    }

    /** Opinions (any status) per topic, by topic id; topics without any are not in the map. */
    @SuppressWarnings("unchecked")
    public Map<Long, Long> opinionsPerTopic() {
        List<Object[]> rows = em.createNativeQuery("SELECT o.topic_id, COUNT(*) FROM opinion o GROUP BY o.topic_id")
                .getResultList();
        return rows.stream()
                .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).longValue()));
    }
}
