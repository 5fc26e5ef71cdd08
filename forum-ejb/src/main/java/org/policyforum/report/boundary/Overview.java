package org.policyforum.report.boundary;

import java.time.YearMonth;
import java.util.List;

/**
 * The operators' overview of the whole site: members, participation per month, the mail campaigns' reach and what
 * each bureau owns. Figures that count people carry no count when the group is under the organisation's smallest
 * ({@link Figure#suppressed()}); counts of contributions (opinions, ballots, …) are not people and always show.
 *
 * @param months   the last 24 months of the organisation's calendar, oldest first, months without activity as 0
 * @param smallest the smallest group a statistic may show
 */
public record Overview(
        Members members, List<Month> months, List<Campaign> campaigns, List<Bureau> bureaus, int smallest) {

    /** A count of people; 0 and suppressed when it is a small group. */
    public record Figure(long count, boolean suppressed) {}

    /** Members that are not closed, those who joined this and last month, verified, and active this month. */
    public record Members(Figure total, Figure newThisMonth, Figure newLastMonth, Figure verified, Figure active) {}

    /**
     * One month's contributions, and how many times members stopped the monthly mail in it (people: a figure, hidden
     * when few).
     */
    public record Month(
            YearMonth month,
            long opinions,
            long comments,
            long reactions,
            long ballots,
            long supports,
            long ideas,
            long surveyResponses,
            Figure unsubscribed) {}

    /**
     * A started campaign's reach: mails sent, failed (bounced), skipped, and members it reached who stopped the
     * monthly mail since.
     */
    public record Campaign(
            String title, String month, Figure sent, Figure failed, Figure skipped, Figure stoppedSince) {}

    /** What a bureau owns; obligations are the ideas' answer obligations, answered and overdue among them. */
    public record Bureau(
            String nameKo,
            String nameEn,
            long topics,
            long opinions,
            long ideas,
            long obligations,
            long answered,
            long overdue) {}
}
