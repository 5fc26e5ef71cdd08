package org.policyforum.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DayBucketsTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Test
    void hoursStoredInUtcFallOnSeoulsDays() {
        // 14:00 UTC is 23:00 in Seoul, the same day; 15:00 UTC is midnight, the next day
        List<Object[]> rows = List.of(
                new Object[] {java.sql.Date.valueOf("2026-12-01"), 14, 2L},
                new Object[] {java.sql.Date.valueOf("2026-12-01"), 15, 3L},
                new Object[] {LocalDate.of(2026, 12, 2), 0, 4},
                new Object[] {LocalDate.of(2026, 12, 2), new java.math.BigDecimal("23"), 1L});
        assertEquals(
                Map.of(LocalDate.of(2026, 12, 1), 2L, LocalDate.of(2026, 12, 2), 7L, LocalDate.of(2026, 12, 3), 1L),
                DayBuckets.perDay(rows, UTC, SEOUL));
    }

    @Test
    void theSameZoneKeepsTheDay() {
        List<Object[]> rows = List.of(
                new Object[] {LocalDate.of(2026, 12, 1), 0, 1L}, new Object[] {LocalDate.of(2026, 12, 1), 23, 1L});
        assertEquals(Map.of(LocalDate.of(2026, 12, 1), 2L), DayBuckets.perDay(rows, SEOUL, SEOUL));
    }

    @Test
    void theSqlGroupsByDayAndHour() {
        assertEquals("CAST(r.created_at AS DATE), EXTRACT(HOUR FROM r.created_at)", DayBuckets.dayHour("r.created_at"));
    }
}
