package org.policyforum.member.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.List;

/**
 * The member feature's port for the site overview (the report feature composes it): how many members joined and are
 * verified, and the bureaus by name. Aggregates in SQL; true counts, the caller hides small groups.
 */
@Dependent
public class MemberFigures {

    /** Members that are not closed, those who joined since {@code thisMonth} and in the month before, verified. */
    public record Members(long total, long newThisMonth, long newLastMonth, long verified) {}

    /** A bureau, active or not, by its names. */
    public record BureauName(long id, String nameKo, String nameEn) {}

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public Members members(Timestamp thisMonth, Timestamp lastMonth) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(*),"
                        + " SUM(CASE WHEN created_at >= ?1 THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN created_at >= ?2 AND created_at < ?1 THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN verified_at IS NOT NULL THEN 1 ELSE 0 END)"
                        + " FROM member WHERE status <> 'CLOSED'")
                .setParameter(1, thisMonth)
                .setParameter(2, lastMonth)
                .getSingleResult();
        return new Members(number(row[0]), number(row[1]), number(row[2]), number(row[3]));
    }

    /** Every bureau, active or not, by its Korean name. */
    @SuppressWarnings("unchecked")
    public List<BureauName> bureaus() {
        List<Object[]> rows = em.createNativeQuery("SELECT b.id, b.name_ko, b.name_en FROM bureau b ORDER BY b.name_ko")
                .getResultList();
        return rows.stream()
                .map(r -> new BureauName(number(r[0]), (String) r[1], (String) r[2]))
                .toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
