package org.policyforum.idea.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policyforum.platform.control.MonthBuckets;

/**
 * The idea space's port for the site overview (the report feature composes it): ideas and supports per month, who
 * took part since a moment, and each bureau's ideas and answer obligations. Every SQL text that names the idea
 * space's tables for the overview lives here.
 */
@Dependent
public class IdeaSiteFigures {

    /** The members who published, commented or supported since the moment bound to {@code ?1}, column {@code m}. */
    public static final String TOOK_PART_SINCE = "SELECT author_id AS m FROM idea WHERE published_at >= ?1"
            + " UNION SELECT author_id FROM idea_comment WHERE created_at >= ?1"
            + " UNION SELECT member_id FROM idea_support WHERE created_at >= ?1";

    /** A bureau's ideas, and its answer obligations: all, answered, and overdue (unanswered past their due date). */
    public record BureauIdeas(long ideas, long obligations, long answered, long overdue) {}

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public Map<YearMonth, Long> supportsPerMonth(List<YearMonth> months, ZoneId zone) {
        return MonthBuckets.count(em, "s.created_at", "FROM idea_support s", months, zone);
    }

    public Map<YearMonth, Long> ideasPerMonth(List<YearMonth> months, ZoneId zone) {
        return MonthBuckets.count(em, "i.published_at", "FROM idea i", months, zone);
    }

    /** Per bureau id, of the bureaus that have ideas or obligations; {@code now} decides what is overdue. */
    @SuppressWarnings("unchecked")
    public Map<Long, BureauIdeas> perBureau(Instant now) {
        Map<Long, long[]> counts = new HashMap<>();
        List<Object[]> ideas = em.createNativeQuery(
                        "SELECT i.bureau_id, COUNT(*) FROM idea i WHERE i.bureau_id IS NOT NULL GROUP BY i.bureau_id")
                .getResultList();
        for (Object[] r : ideas) {
            counts.computeIfAbsent(number(r[0]), b -> new long[4])[0] = number(r[1]);
        }
        List<Object[]> owed = em.createNativeQuery("SELECT a.bureau_id, COUNT(*),"
                        + " SUM(CASE WHEN a.fulfilled_at IS NOT NULL THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN a.fulfilled_at IS NULL AND a.due_at < ?1 THEN 1 ELSE 0 END)"
                        + " FROM answer_obligation a WHERE a.bureau_id IS NOT NULL GROUP BY a.bureau_id")
                .setParameter(1, Timestamp.from(now))
                .getResultList();
        for (Object[] r : owed) {
            long[] c = counts.computeIfAbsent(number(r[0]), b -> new long[4]);
            c[1] = number(r[1]);
            c[2] = number(r[2]);
            c[3] = number(r[3]);
        }
        Map<Long, BureauIdeas> perBureau = new HashMap<>();
        counts.forEach((bureau, c) -> perBureau.put(bureau, new BureauIdeas(c[0], c[1], c[2], c[3])));
        return perBureau;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
