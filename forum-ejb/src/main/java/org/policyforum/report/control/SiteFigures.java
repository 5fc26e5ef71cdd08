package org.policyforum.report.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.policyforum.platform.control.MonthBuckets;

/**
 * The whole site in figures, for the operators' overview: members, participation per month and what each bureau
 * owns. Every figure is an aggregate computed in SQL (a handful of statements, each returning a row per month or per
 * bureau at most); no statement loads the rows it counts. Counts of people are true counts: the boundary hides small
 * ones before they are shown.
 */
@Dependent
public class SiteFigures {

    /** What counts as taking part, each contribution with its member and the moment it was made or last changed. */
    static final String TOOK_PART = "SELECT author_id AS m FROM opinion WHERE created_at >= ?1"
            + " UNION SELECT author_id FROM opinion_comment WHERE created_at >= ?1"
            + " UNION SELECT member_id FROM reaction WHERE changed_at >= ?1"
            + " UNION SELECT member_id FROM ballot WHERE changed_at >= ?1"
            + " UNION SELECT voter_id FROM award_vote WHERE cast_at >= ?1"
            + " UNION SELECT author_id FROM idea WHERE published_at >= ?1"
            + " UNION SELECT author_id FROM idea_comment WHERE created_at >= ?1"
            + " UNION SELECT member_id FROM idea_support WHERE created_at >= ?1"
            + " UNION SELECT member_id FROM survey_response WHERE changed_at >= ?1";

    /** Members by when they joined: all that are not closed, new this and last month, identity verified. */
    public record Members(long total, long newThisMonth, long newLastMonth, long verified, long activeThisMonth) {}

    /** The kinds of contribution counted per month, each by the moment it was made. */
    public enum Contribution {
        OPINIONS("o.created_at", "FROM opinion o"),
        COMMENTS("c.created_at", "FROM opinion_comment c"),
        REACTIONS("r.created_at", "FROM reaction r"),
        BALLOTS("b.cast_at", "FROM ballot b"),
        SUPPORTS("s.created_at", "FROM idea_support s"),
        IDEAS("i.published_at", "FROM idea i"),
        SURVEY_RESPONSES("s.submitted_at", "FROM survey_response s");

        private final String column;
        private final String from;

        Contribution(String column, String from) {
            this.column = column;
            this.from = from;
        }
    }

    /** What a bureau owns: topics, the opinions on them, ideas, and the ideas' answer obligations. */
    public record Bureau(
            long id,
            String nameKo,
            String nameEn,
            long topics,
            long opinions,
            long ideas,
            long obligations,
            long answered,
            long overdue) {}

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public Members members(YearMonth thisMonth, ZoneId zone) {
        Timestamp start = MonthBuckets.start(thisMonth, zone);
        Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(*),"
                        + " SUM(CASE WHEN created_at >= ?1 THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN created_at >= ?2 AND created_at < ?1 THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN verified_at IS NOT NULL THEN 1 ELSE 0 END)"
                        + " FROM member WHERE status <> 'CLOSED'")
                .setParameter(1, start)
                .setParameter(2, MonthBuckets.start(thisMonth.minusMonths(1), zone))
                .getSingleResult();
        long active = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM (" + TOOK_PART + ") a")
                        .setParameter(1, start)
                        .getSingleResult())
                .longValue();
        return new Members(number(row[0]), number(row[1]), number(row[2]), number(row[3]), active);
    }

    public Map<YearMonth, Long> perMonth(Contribution kind, List<YearMonth> months, ZoneId zone) {
        return MonthBuckets.count(em, kind.column, kind.from, months, zone);
    }

    /** Every bureau, active or not, by its Korean name; {@code now} decides which obligations are overdue. */
    @SuppressWarnings("unchecked")
    public List<Bureau> bureaus(java.time.Instant now) {
        List<Object[]> rows = em.createNativeQuery("SELECT b.id, b.name_ko, b.name_en,"
                        + " (SELECT COUNT(*) FROM topic t WHERE t.bureau_id = b.id),"
                        + " (SELECT COUNT(*) FROM opinion o JOIN topic t ON t.id = o.topic_id"
                        + "  WHERE t.bureau_id = b.id),"
                        + " (SELECT COUNT(*) FROM idea i WHERE i.bureau_id = b.id),"
                        + " (SELECT COUNT(*) FROM answer_obligation a WHERE a.bureau_id = b.id),"
                        + " (SELECT COUNT(*) FROM answer_obligation a WHERE a.bureau_id = b.id"
                        + "  AND a.fulfilled_at IS NOT NULL),"
                        + " (SELECT COUNT(*) FROM answer_obligation a WHERE a.bureau_id = b.id"
                        + "  AND a.fulfilled_at IS NULL AND a.due_at < ?1)"
                        + " FROM bureau b ORDER BY b.name_ko")
                .setParameter(1, Timestamp.from(now))
                .getResultList();
        return rows.stream()
                .map(r -> new Bureau(
                        number(r[0]),
                        (String) r[1],
                        (String) r[2],
                        number(r[3]),
                        number(r[4]),
                        number(r[5]),
                        number(r[6]),
                        number(r[7]),
                        number(r[8])))
                .toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
