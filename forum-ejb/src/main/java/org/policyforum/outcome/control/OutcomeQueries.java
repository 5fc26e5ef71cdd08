package org.policyforum.outcome.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.policyforum.outcome.boundary.OutcomeFilter;
import org.policyforum.outcome.entity.PolicyOutcome;
import org.policyforum.platform.control.Text;

/**
 * The tracker's query, shared by the public tracker and the console: one table (the newest timeline entry and the
 * source's title live on the outcome row), the bureau fetched in the same statement, newest change first, so a page
 * costs one query and its count one more, whatever its size. Each filter is an indexed column.
 */
@Dependent
public class OutcomeQueries {

    static final int MOST_WORDS = 5;

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    /** @param onlyBureau the caller's bureau when they may see only its outcomes (null: every bureau) */
    public List<PolicyOutcome> page(OutcomeFilter filter, Long onlyBureau, int first, int size) {
        return query(
                        filter,
                        onlyBureau,
                        "SELECT o FROM PolicyOutcome o JOIN FETCH o.bureau",
                        PolicyOutcome.class,
                        " ORDER BY o.updatedAt DESC, o.id DESC")
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, size), 100))
                .getResultList();
    }

    public long count(OutcomeFilter filter, Long onlyBureau) {
        return query(filter, onlyBureau, "SELECT COUNT(o) FROM PolicyOutcome o", Long.class, "")
                .getSingleResult();
    }

    private <T> TypedQuery<T> query(OutcomeFilter filter, Long onlyBureau, String select, Class<T> type, String order) {
        OutcomeFilter f = filter == null ? OutcomeFilter.ALL : filter;
        boolean unsearchable = f.words() != null && Text.unsearchable(f.words());
        List<String> terms = f.words() == null || unsearchable
                ? List.of()
                : Arrays.stream(Text.neutralise(f.words())
                                .toLowerCase(Locale.ROOT)
                                .split("\\s+"))
                        .filter(w -> !w.isBlank())
                        .limit(MOST_WORDS)
                        .toList();
        // only the conditions asked for: a null parameter in "IS NULL" has no type PostgreSQL can infer
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (unsearchable) {
            where.append(" AND 1 = 0");
        }
        if (f.status() != null) {
            where.append(" AND o.status = :status");
        }
        if (f.bureauId() != null) {
            where.append(" AND o.bureau.id = :bureau");
        }
        if (onlyBureau != null) {
            where.append(" AND o.bureau.id = :onlyBureau");
        }
        if (f.year() != null) {
            where.append(" AND o.sourceYear = :year");
        }
        if (f.kind() != null) {
            where.append(" AND o.sourceKind = :kind");
        }
        for (int i = 0; i < terms.size(); i++) {
            where.append(" AND (LOWER(o.title) LIKE :w")
                    .append(i)
                    .append(" ESCAPE '\\' OR LOWER(o.summary) LIKE :w")
                    .append(i)
                    .append(" ESCAPE '\\')");
        }
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        if (f.status() != null) {
            query.setParameter("status", f.status());
        }
        if (f.bureauId() != null) {
            query.setParameter("bureau", f.bureauId());
        }
        if (onlyBureau != null) {
            query.setParameter("onlyBureau", onlyBureau);
        }
        if (f.year() != null) {
            query.setParameter("year", f.year());
        }
        if (f.kind() != null) {
            query.setParameter("kind", f.kind());
        }
        for (int i = 0; i < terms.size(); i++) {
            query.setParameter("w" + i, Text.containing(terms.get(i)));
        }
        return query;
    }
}
