package org.policyforum.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.policyforum.member.control.MailRecipients;
import org.policyforum.member.control.MailRecipients.Consent;
import org.policyforum.newsletter.api.CampaignPort;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.control.Audit;
import org.policyforum.platform.control.MonthBuckets;
import org.policyforum.platform.control.SmallCells;
import org.policyforum.platform.entity.OrganisationSettings;
import org.policyforum.platform.entity.Roles;
import org.policyforum.report.control.SiteFigures;
import org.policyforum.report.control.SiteFigures.Contribution;

/**
 * The site-wide overview, for operators only: officials read their own topics' and ideas' dashboards, while members
 * and the mail's reach are the site's business, not a bureau's. Composes the site's figures (this feature's
 * {@link SiteFigures}), the campaigns' reach (forum-mail, through {@link CampaignPort}) and the unsubscribes per
 * month (the member feature's {@link MailRecipients}), hides small groups of
 * people and writes the reading into the audit log.
 */
@Stateless
@RolesAllowed(Roles.OPERATOR)
public class SiteOverview {

    /** How many months the participation table shows, this one included. */
    public static final int MONTHS = 24;

    /** The columns of the mail table that are hidden together (a line hiding one would give it away). */
    private static final List<Long> MAIL_COLUMNS = List.of(0L, 1L, 2L);

    @Inject
    SiteFigures figures;

    @Inject
    CampaignPort campaigns;

    @Inject
    MailRecipients recipients;

    @Inject
    Settings settings;

    @Inject
    Audit audit;

    public Overview read() {
        OrganisationSettings organisation = settings.current();
        ZoneId zone = organisation.zone();
        int smallest = organisation.getSmallGroupMin();
        YearMonth thisMonth = YearMonth.now(settings.organisationClock());
        List<YearMonth> months = MonthBuckets.lastMonths(thisMonth, MONTHS);
        Map<Contribution, Map<YearMonth, Long>> counts = new EnumMap<>(Contribution.class);
        for (Contribution kind : Contribution.values()) {
            counts.put(kind, figures.perMonth(kind, months, zone));
        }
        // dated by the member feature when a member stops the monthly mail (the link or the account page)
        Map<YearMonth, Long> unsubscribed = recipients.stopsPerMonth(Consent.TOPIC_MAIL, months, zone);
        List<Overview.Month> perMonth = months.stream()
                .map(m -> new Overview.Month(
                        m,
                        counts.get(Contribution.OPINIONS).get(m),
                        counts.get(Contribution.COMMENTS).get(m),
                        counts.get(Contribution.REACTIONS).get(m),
                        counts.get(Contribution.BALLOTS).get(m),
                        counts.get(Contribution.SUPPORTS).get(m),
                        counts.get(Contribution.IDEAS).get(m),
                        counts.get(Contribution.SURVEY_RESPONSES).get(m),
                        figure(unsubscribed.get(m), smallest)))
                .toList();
        SiteFigures.Members m = figures.members(thisMonth, zone);
        Overview.Members members = new Overview.Members(
                figure(m.total(), smallest),
                figure(m.newThisMonth(), smallest),
                figure(m.newLastMonth(), smallest),
                figure(m.verified(), smallest),
                figure(m.activeThisMonth(), smallest));
        List<Overview.Campaign> reach = reach(campaigns.reach(months.get(0).toString()), smallest);
        List<Overview.Bureau> bureaus = figures
                .bureaus(settings.organisationClock().instant())
                .stream()
                .map(b -> new Overview.Bureau(
                        b.nameKo(),
                        b.nameEn(),
                        b.topics(),
                        b.opinions(),
                        b.ideas(),
                        b.obligations(),
                        b.answered(),
                        b.overdue()))
                .toList();
        Overview overview = new Overview(members, perMonth, reach, bureaus, smallest);
        audit.record("report.siteOverview", "site", hidden(overview) + " figures under " + smallest + " hidden");
        return overview;
    }

    /** A single count of people: shown, or hidden when more than nobody but fewer than the smallest group. */
    static Overview.Figure figure(long count, int smallest) {
        boolean hide = count > 0 && count < smallest;
        return new Overview.Figure(hide ? 0 : count, hide);
    }

    /**
     * Each campaign's sent, failed and skipped mails are one line (they add up to its audience, which the campaign
     * console shows), so each line is suppressed as a breakdown's is ({@link SmallCells}): a line never hides just one
     * of them. The members who stopped the mail since are a count of their own.
     */
    static List<Overview.Campaign> reach(List<CampaignPort.Reach> rows, int smallest) {
        return rows.stream()
                .map(r -> {
                    String group = String.valueOf(r.campaignId());
                    Map<SmallCells.Cell, Boolean> hidden = SmallCells.suppress(
                            List.of(
                                    new SmallCells.Cell("MAIL", group, 0, r.sent()),
                                    new SmallCells.Cell("MAIL", group, 1, r.failed()),
                                    new SmallCells.Cell("MAIL", group, 2, r.skipped())),
                            MAIL_COLUMNS,
                            smallest);
                    return new Overview.Campaign(
                            r.title(),
                            r.month(),
                            cell(hidden, group, 0, r.sent()),
                            cell(hidden, group, 1, r.failed()),
                            cell(hidden, group, 2, r.skipped()),
                            figure(r.stoppedSince(), smallest));
                })
                .toList();
    }

    private static Overview.Figure cell(Map<SmallCells.Cell, Boolean> hidden, String group, long column, long count) {
        boolean hide = hidden.getOrDefault(new SmallCells.Cell("MAIL", group, column, count), false);
        return new Overview.Figure(hide ? 0 : count, hide);
    }

    private static long hidden(Overview o) {
        List<Overview.Figure> all = new ArrayList<>(List.of(
                o.members().total(),
                o.members().newThisMonth(),
                o.members().newLastMonth(),
                o.members().verified(),
                o.members().active()));
        o.months().forEach(m -> all.add(m.unsubscribed()));
        o.campaigns().forEach(c -> all.addAll(List.of(c.sent(), c.failed(), c.skipped(), c.stoppedSince())));
        return all.stream().filter(Overview.Figure::suppressed).count();
    }
}
