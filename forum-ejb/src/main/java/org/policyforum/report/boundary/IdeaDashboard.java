package org.policyforum.report.boundary;

import java.time.LocalDate;
import java.util.List;
import org.policyforum.report.entity.BreakdownCell;

/**
 * An idea's dashboard for the officials of its bureau: supports and comments per day, how many supported and
 * commented, and the supporters by age band and district with small groups suppressed (option "SUPPORT").
 */
public record IdeaDashboard(
        long ideaId,
        String title,
        List<Day> days,
        long supporters,
        long commenters,
        List<BreakdownCell> supporterCells,
        int smallest) {

    /** One day on the organisation's calendar. */
    public record Day(LocalDate day, long supports, long comments) {}
}
