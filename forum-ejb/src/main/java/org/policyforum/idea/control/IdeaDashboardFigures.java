package org.policyforum.idea.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.policyforum.platform.control.DayBuckets;

/**
 * An idea in figures, for the officials' dashboard (the report feature composes them): supports and comments per
 * day, how many supported and commented, and the supporters by birth year and district. Grouped in SQL; counts of
 * people are true counts: the caller suppresses small groups before showing.
 */
@Dependent
public class IdeaDashboardFigures {

    /** Supporters of one birth year (null if unknown) and district (null if none). */
    public record Supporters(Integer birthYear, String district, long people) {}

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public Map<LocalDate, Long> supportsPerDay(long ideaId, ZoneId zone) {
        return DayBuckets.count(em, "s.created_at", "FROM idea_support s WHERE s.idea_id = ?1", ideaId, zone);
    }

    public Map<LocalDate, Long> commentsPerDay(long ideaId, ZoneId zone) {
        return DayBuckets.count(em, "c.created_at", "FROM idea_comment c WHERE c.idea_id = ?1", ideaId, zone);
    }

    public long supporters(long ideaId) {
        return count("SELECT COUNT(*) FROM idea_support s WHERE s.idea_id = ?1", ideaId);
    }

    public long commenters(long ideaId) {
        return count("SELECT COUNT(DISTINCT c.author_id) FROM idea_comment c WHERE c.idea_id = ?1", ideaId);
    }

    public List<Supporters> supporterGroups(long ideaId) {
        return rows(
                        "SELECT m.birth_year, m.district_code, COUNT(*) FROM idea_support s JOIN member m"
                                + " ON m.id = s.member_id WHERE s.idea_id = ?1 GROUP BY m.birth_year, m.district_code",
                        ideaId)
                .stream()
                .map(r -> new Supporters(
                        r[0] == null ? null : ((Number) r[0]).intValue(), (String) r[1], ((Number) r[2]).longValue()))
                .toList();
    }

    private long count(String sql, long ideaId) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, ideaId).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long ideaId) {
        return em.createNativeQuery(sql).setParameter(1, ideaId).getResultList();
    }
}
