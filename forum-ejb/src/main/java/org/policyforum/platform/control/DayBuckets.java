package org.policyforum.platform.control;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts per day on the organisation's calendar, from counts the database grouped by the stored wall-clock day and
 * hour. Timestamps are stored as the server's local time (see {@code InstantConverter}), and SQL has no portable way
 * to shift them into another zone; grouping by day and hour there (at most 24 rows a day, whatever the volume) and
 * moving each hour into the organisation's zone here gives the right day for every zone of whole-hour offsets.
 * <p>
 * SQL for a timestamp column {@code t}: {@link #DAY_HOUR} in the select list and in the GROUP BY, then a count.
 */
public final class DayBuckets {

    /** Select and group by this (with {@code %s} the timestamp column): the stored day, then the stored hour. */
    public static final String DAY_HOUR = "CAST(%1$s AS DATE), EXTRACT(HOUR FROM %1$s)";

    private DayBuckets() {}

    /** {@link #DAY_HOUR} for {@code column}. */
    public static String dayHour(String column) {
        return String.format(DAY_HOUR, column);
    }

    /**
     * Counts the rows of {@code from} (a native FROM … WHERE clause with {@code ?1} the one parameter) per day of
     * {@code zone} by the timestamp {@code column}, grouped by day and hour in SQL.
     */
    @SuppressWarnings("unchecked")
    public static Map<LocalDate, Long> count(
            EntityManager em, String column, String from, long parameter, ZoneId zone) {
        String dayHour = dayHour(column);
        List<Object[]> rows = em.createNativeQuery("SELECT " + dayHour + ", COUNT(*) " + from + " GROUP BY " + dayHour)
                .setParameter(1, parameter)
                .getResultList();
        return perDay(rows, ZoneId.systemDefault(), zone);
    }

    /**
     * The day-hour rows (stored day, stored hour, count) summed per day of {@code zone}.
     *
     * @param rows   rows of a native query: a date (java.sql.Date or LocalDate), an hour, a count
     * @param stored the zone the timestamps were written in (the server's default zone)
     * @param zone   the organisation's zone
     */
    public static Map<LocalDate, Long> perDay(List<Object[]> rows, ZoneId stored, ZoneId zone) {
        Map<LocalDate, Long> days = new TreeMap<>();
        for (Object[] row : rows) {
            LocalDate day = row[0] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) row[0];
            int hour = ((Number) row[1]).intValue();
            LocalDate local = LocalDateTime.of(day, java.time.LocalTime.of(hour, 0))
                    .atZone(stored)
                    .withZoneSameInstant(zone)
                    .toLocalDate();
            days.merge(local, ((Number) row[2]).longValue(), Long::sum);
        }
        return days;
    }
}
