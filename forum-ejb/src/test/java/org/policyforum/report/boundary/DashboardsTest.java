package org.policyforum.report.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DashboardsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    void daysRunFromTheFirstToTheLastWithGapsAsZeros() {
        List<TopicDashboard.Day> days =
                Dashboards.days(Map.of(DAY, 2L), Map.of(DAY.plusDays(2), 1L), Map.of(DAY, 5L), Map.of());
        assertEquals(
                List.of(
                        new TopicDashboard.Day(DAY, 2, 0, 5, 0),
                        new TopicDashboard.Day(DAY.plusDays(1), 0, 0, 0, 0),
                        new TopicDashboard.Day(DAY.plusDays(2), 0, 1, 0, 0)),
                days);
    }

    @Test
    void noParticipationNoDays() {
        assertEquals(List.of(), Dashboards.days(Map.of(), Map.of(), Map.of(), Map.of()));
    }

    @Test
    void aVeryLongRangeKeepsItsLastDays() {
        List<TopicDashboard.Day> days =
                Dashboards.days(Map.of(DAY.minusYears(3), 1L), Map.of(), Map.of(), Map.of(DAY, 1L));
        assertEquals(Dashboards.MAX_DAYS, days.size());
        assertEquals(DAY, days.get(days.size() - 1).day());
    }
}
