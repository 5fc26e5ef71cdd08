package org.policyforum.web.admin.report;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.member.entity.District;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.report.boundary.Dashboards;
import org.policyforum.report.boundary.TopicDashboard;
import org.policyforum.report.entity.BreakdownCell;
import org.policyforum.topic.entity.Stance;
import org.policyforum.web.platform.FacesMessages;
import org.policyforum.web.platform.LocaleSelection;
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

    /** A breakdown line as the table shows it: the group's name and one text per option (a count or "fewer than"). */
    public record Line(String group, List<String> cells) {}

    @Inject
    Dashboards dashboards;

    @Inject
    SignUps signUps;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    Times times;

    private Long id;
    private TopicDashboard dashboard;

    public void load() throws IOException {
        if (id == null) {
            Faces.responseSendError(404, "no such topic");
            return;
        }
        try {
            dashboard = dashboards.topic(id);
        } catch (RuleViolation violation) {
            Faces.responseSendError("notFound".equals(violation.messageKey()) ? 404 : 403, "topic " + id);
        } catch (EJBAccessException refused) {
            Faces.responseSendError(403, "topic " + id);
        }
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
    public List<Line> stanceLines(String dimension) {
        return lines(dashboard.stanceCells(), dimension);
    }

    /** Participants: one line per group of the dimension, one cell. */
    public List<Line> peopleLines(String dimension) {
        return lines(dashboard.peopleCells(), dimension);
    }

    private List<Line> lines(List<BreakdownCell> cells, String dimension) {
        Map<String, List<String>> byGroup = new LinkedHashMap<>();
        for (BreakdownCell cell : cells) {
            if (cell.dimension().equals(dimension)) {
                byGroup.computeIfAbsent(cell.group(), g -> new ArrayList<>())
                        .add(cell.suppressed() ? getFewerThan() : String.valueOf(cell.count()));
            }
        }
        Map<String, String> names = BreakdownCell.DISTRICT.equals(dimension) ? districtNames() : Map.of();
        List<Line> lines = new ArrayList<>();
        byGroup.forEach((group, texts) -> lines.add(new Line(names.getOrDefault(group, group), texts)));
        return lines;
    }

    private Map<String, String> districtNames() {
        Locale locale = localeSelection.getLocale();
        return signUps.districts().stream().collect(Collectors.toMap(District::getCode, d -> d.name(locale)));
    }

    public String getFewerThan() {
        return FacesMessages.text("admin.polls.fewerThan", dashboard.smallest());
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
