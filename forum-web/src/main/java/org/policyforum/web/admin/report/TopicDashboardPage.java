package org.policyforum.web.admin.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.policyforum.report.boundary.Dashboards;
import org.policyforum.report.boundary.TopicDashboard;
import org.policyforum.topic.entity.Stance;
import org.policyforum.web.platform.FacesMessages;
import org.policyforum.web.platform.Times;

/**
 * A topic's dashboard ({@code /admin/topic-dashboard.xhtml?id=…}) for the officials of its bureau and operators:
 * participation per day as a chart and the same figures as a table, the stance split, the most agreed opinions and
 * the breakdowns by age band and district, small groups reading "fewer than N". Anyone else gets the 403 page, an
 * unknown topic the 404 page. Read-only: a request-scoped bean, nothing kept between requests.
 */
@Named
@RequestScoped
public class TopicDashboardPage {

    @Inject
    Dashboards dashboards;

    @Inject
    DashboardTables tables;

    @Inject
    Times times;

    private Long id;
    private TopicDashboard dashboard;

    public void load() throws IOException {
        dashboard = DashboardTables.readOrRefuse(id, "topic", dashboards::topic);
    }

    public String getChart() {
        List<TopicDashboard.Day> days = dashboard.days();
        return DashboardChart.lines(
                days,
                days.stream().map(d -> times.day(d.day())).toList(),
                new DashboardChart.Series<>(text("admin.dashboard.opinions"), "#1d4ed8", TopicDashboard.Day::opinions),
                new DashboardChart.Series<>(text("admin.dashboard.comments"), "#047857", TopicDashboard.Day::comments),
                new DashboardChart.Series<>(
                        text("admin.dashboard.reactions"), "#b45309", TopicDashboard.Day::reactions),
                new DashboardChart.Series<>(text("admin.dashboard.ballots"), "#7c3aed", TopicDashboard.Day::ballots));
    }

    public List<Stance> getStances() {
        return List.of(Stance.values());
    }

    public List<TopicDashboard.Agreed> mostAgreed(Stance stance) {
        return dashboard.mostAgreed().stream().filter(a -> a.stance() == stance).toList();
    }

    /** Opinion authors by stance: one line per group of the dimension, one cell per stance. */
    public List<DashboardTables.Line> stanceLines(String dimension) {
        return tables.lines(dashboard.stanceCells(), dimension, dashboard.smallest());
    }

    /** Participants: one line per group of the dimension, one cell. */
    public List<DashboardTables.Line> peopleLines(String dimension) {
        return tables.lines(dashboard.peopleCells(), dimension, dashboard.smallest());
    }

    public String getFewerThan() {
        return DashboardTables.fewerThan(dashboard.smallest());
    }

    private static String text(String key) {
        return FacesMessages.text(key);
    }

    public TopicDashboard getDashboard() {
        return dashboard;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
