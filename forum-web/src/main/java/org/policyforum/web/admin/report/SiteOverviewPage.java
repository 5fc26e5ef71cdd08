package org.policyforum.web.admin.report;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.omnifaces.util.Faces;
import org.policyforum.report.boundary.Overview;
import org.policyforum.report.boundary.SiteOverview;
import org.policyforum.web.platform.FacesMessages;
import org.policyforum.web.platform.LocaleSelection;

/**
 * The operators' site overview ({@code /admin/analytics.xhtml}): members, participation per month as a chart and
 * the same figures as a table, the campaigns' reach and the bureaus, small groups of people reading "fewer than N".
 * Anyone but an operator gets the 403 page. Read-only, request-scoped.
 */
@Named
@RequestScoped
public class SiteOverviewPage {

    @Inject
    SiteOverview siteOverview;

    @Inject
    LocaleSelection localeSelection;

    private Overview overview;

    public void load() throws IOException {
        try {
            overview = siteOverview.read();
        } catch (EJBAccessException refused) {
            Faces.responseSendError(403, "site overview");
        }
    }

    public String getChart() {
        List<Overview.Month> months = overview.months();
        return DashboardChart.lines(
                months,
                months.stream().map(m -> month(m.month())).toList(),
                new DashboardChart.Series<>(text("admin.dashboard.opinions"), "#1d4ed8", Overview.Month::opinions),
                new DashboardChart.Series<>(text("admin.dashboard.comments"), "#047857", Overview.Month::comments),
                new DashboardChart.Series<>(text("admin.dashboard.reactions"), "#b45309", Overview.Month::reactions),
                new DashboardChart.Series<>(text("admin.dashboard.ballots"), "#7c3aed", Overview.Month::ballots),
                new DashboardChart.Series<>(text("admin.dashboard.supports"), "#be123c", Overview.Month::supports),
                new DashboardChart.Series<>(text("admin.analytics.ideas"), "#0e7490", Overview.Month::ideas),
                new DashboardChart.Series<>(
                        text("admin.analytics.surveyResponses"), "#4d7c0f", Overview.Month::surveyResponses));
    }

    /** A month of the organisation's calendar, in the reader's language. */
    public String month(YearMonth month) {
        return DateTimeFormatter.ofPattern(text("admin.analytics.monthFormat"), localeSelection.getLocale())
                .format(month);
    }

    /** A count of people as shown: its number, or "fewer than N". */
    public String figure(Overview.Figure figure) {
        return figure.suppressed() ? DashboardTables.fewerThan(overview.smallest()) : String.valueOf(figure.count());
    }

    /** A bureau's name in the reader's language. */
    public String bureau(Overview.Bureau bureau) {
        return "en".equals(localeSelection.getLocale().getLanguage()) ? bureau.nameEn() : bureau.nameKo();
    }

    private static String text(String key) {
        return FacesMessages.text(key);
    }

    public Overview getOverview() {
        return overview;
    }
}
