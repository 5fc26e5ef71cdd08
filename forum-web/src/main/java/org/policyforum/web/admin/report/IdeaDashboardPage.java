package org.policyforum.web.admin.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.policyforum.report.boundary.Dashboards;
import org.policyforum.report.boundary.IdeaDashboard;
import org.policyforum.web.platform.FacesMessages;
import org.policyforum.web.platform.Times;

/**
 * An idea's dashboard ({@code /admin/idea-dashboard.xhtml?id=…}) for the officials of its bureau and operators:
 * supports and comments per day as a chart and a table, supporters by age band and district with small groups
 * reading "fewer than N". Anyone else gets the 403 page, an unknown idea the 404 page. Read-only, request-scoped.
 */
@Named
@RequestScoped
public class IdeaDashboardPage {

    @Inject
    Dashboards dashboards;

    @Inject
    DashboardTables tables;

    @Inject
    Times times;

    private Long id;
    private IdeaDashboard dashboard;

    public void load() throws IOException {
        dashboard = DashboardTables.readOrRefuse(id, "idea", dashboards::idea);
    }

    public String getChart() {
        List<IdeaDashboard.Day> days = dashboard.days();
        return DashboardChart.lines(
                days,
                days.stream().map(d -> times.day(d.day())).toList(),
                new DashboardChart.Series<>(
                        FacesMessages.text("admin.dashboard.supports"), "#1d4ed8", IdeaDashboard.Day::supports),
                new DashboardChart.Series<>(
                        FacesMessages.text("admin.dashboard.comments"), "#047857", IdeaDashboard.Day::comments));
    }

    public List<DashboardTables.Line> supporterLines(String dimension) {
        return tables.lines(dashboard.supporterCells(), dimension, dashboard.smallest());
    }

    public IdeaDashboard getDashboard() {
        return dashboard;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
