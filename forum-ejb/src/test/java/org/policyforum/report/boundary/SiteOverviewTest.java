package org.policyforum.report.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyforum.newsletter.api.CampaignPort;
import org.policyforum.platform.control.MonthBuckets;

class SiteOverviewTest {

    private static final Overview.Figure HIDDEN = new Overview.Figure(0, true);

    @Test
    void aSmallCountOfPeopleIsHiddenButNobodyAndEnoughShow() {
        assertEquals(new Overview.Figure(0, false), SiteOverview.figure(0, 5));
        assertEquals(HIDDEN, SiteOverview.figure(4, 5));
        assertEquals(new Overview.Figure(5, false), SiteOverview.figure(5, 5));
    }

    @Test
    void aCampaignHidingOneOfItsMailCountsHidesAnotherSoNoneIsTheAudienceMinusTheRest() {
        List<Overview.Campaign> reach = SiteOverview.reach(
                List.of(
                        new CampaignPort.Reach(1, "12월 주제", "2026-12", 100, 2, 30, 3),
                        new CampaignPort.Reach(2, "11월 주제", "2026-11", 80, 10, 0, 0)),
                5);
        Overview.Campaign december = reach.get(0);
        assertEquals(HIDDEN, december.failed());
        // the smallest other cell of its line goes too, or 2 would be the audience minus 100 and 30
        assertEquals(HIDDEN, december.skipped());
        assertEquals(new Overview.Figure(100, false), december.sent());
        assertEquals(HIDDEN, december.stoppedSince());
        assertEquals("12월 주제", december.title());
        Overview.Campaign november = reach.get(1);
        // another campaign's line is its own: nothing under 5 there, nothing hidden
        assertEquals(new Overview.Figure(10, false), november.failed());
        assertEquals(new Overview.Figure(80, false), november.sent());
        assertEquals(new Overview.Figure(0, false), november.stoppedSince());
    }

    @Test
    void theLastMonthsRunOldestFirstUpToThisOne() {
        List<YearMonth> months = MonthBuckets.lastMonths(YearMonth.of(2026, 12), 24);
        assertEquals(24, months.size());
        assertEquals(YearMonth.of(2025, 1), months.get(0));
        assertEquals(YearMonth.of(2026, 12), months.get(23));
    }

    @Test
    void aMonthStartsAtMidnightInTheOrganisationsZone() {
        assertEquals(
                java.time.Instant.parse("2026-11-30T15:00:00Z"),
                MonthBuckets.start(YearMonth.of(2026, 12), ZoneId.of("Asia/Seoul"))
                        .toInstant());
    }
}
