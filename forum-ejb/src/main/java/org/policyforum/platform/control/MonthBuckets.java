package org.policyforum.platform.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts per month of the organisation's calendar, grouped in SQL. Each month's first instant in the organisation's
 * zone is a bound, passed as a timestamp parameter (stored timestamps are the server's wall clock, which a
 * {@link Timestamp} of the instant matches), and a CASE over the bounds names each row's month: one row per month
 * comes back, however many rows were counted, and a month in which nothing happened is a 0.
 */
public final class MonthBuckets {

    private MonthBuckets() {}

    /** The {@code count} months up to and including {@code last}, oldest first. */
    public static List<YearMonth> lastMonths(YearMonth last, int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> last.minusMonths(count - 1L - i))
                .toList();
    }

    /** The first instant of {@code month} in {@code zone}, as a parameter for a stored timestamp. */
    public static Timestamp start(YearMonth month, ZoneId zone) {
        return Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant());
    }

    /**
     * Counts the rows of {@code from} (a native FROM clause with joins, no WHERE and no parameters) per month by the
     * timestamp {@code column}.
     *
     * @param months consecutive months, oldest first
     * @return every month of {@code months}, in order, with its count (0 when none)
     */
    public static Map<YearMonth, Long> count(
            EntityManager em, String column, String from, List<YearMonth> months, ZoneId zone) {
        int n = months.size();
        StringBuilder bucket = new StringBuilder("CASE");
        // parameter i + 1 is the start of months[i]; parameter n + 1 the end of the last month
        for (int i = 0; i < n; i++) {
            bucket.append(" WHEN ")
                    .append(column)
                    .append(" < ?")
                    .append(i + 2)
                    .append(" THEN ")
                    .append(i);
        }
        bucket.append(" END");
        Query query = em.createNativeQuery("SELECT k, COUNT(*) FROM (SELECT " + bucket + " AS k " + from + " WHERE "
                + column + " >= ?1 AND " + column + " < ?" + (n + 1) + ") x GROUP BY k");
        for (int i = 0; i < n; i++) {
            query.setParameter(i + 1, start(months.get(i), zone));
        }
        query.setParameter(n + 1, start(months.get(n - 1).plusMonths(1), zone));
        Map<YearMonth, Long> counts = new LinkedHashMap<>();
        months.forEach(m -> counts.put(m, 0L));
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            counts.put(months.get(((Number) cells[0]).intValue()), ((Number) cells[1]).longValue());
        }
        return counts;
    }
}
