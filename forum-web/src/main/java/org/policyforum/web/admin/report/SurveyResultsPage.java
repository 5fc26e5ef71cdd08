package org.policyforum.web.admin.report;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.member.entity.District;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.report.boundary.SurveyAdministration;
import org.policyforum.report.entity.SurveyResults;
import org.policyforum.report.entity.SurveyResults.BreakdownRow;
import org.policyforum.report.entity.SurveyResults.MarkCount;
import org.policyforum.report.entity.SurveyResults.QuestionResult;
import org.policyforum.web.platform.FacesMessages;
import org.policyforum.web.platform.LocaleSelection;
import org.policyforum.web.poll.PollJson;

/**
 * A survey's results for operators: a chart and a table per question, the free texts, and the breakdown by age band
 * and district whose small cells read "fewer than N" on the page and in the CSV and XLSX files. Reading the results
 * and every export is audited by the boundary.
 */
@Named
@ViewScoped
public class SurveyResultsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SurveyAdministration administration;

    @Inject
    SignUps signUps;

    @Inject
    LocaleSelection localeSelection;

    private Long id;
    private SurveyResults results;
    private transient Map<String, String> districtNames;

    /** f:viewAction: an unknown survey is a plain 404. */
    public void load() throws IOException {
        if (results != null) {
            return;
        }
        try {
            results = id == null ? null : administration.results(id);
        } catch (RuleViolation unknown) {
            results = null;
        }
        if (results == null) {
            Faces.responseSendError(404, "no such survey");
        }
    }

    /** Called by the export buttons before the exporter writes the file: the export is audited. */
    public void export(String format) {
        administration.recordExport(id, format);
    }

    /** A Chart.js bar chart of one question's counts, for p:chart (the poll page's chart). */
    public String chart(QuestionResult question) {
        return PollJson.barChart(
                question.counts().stream().map(MarkCount::label).toList(),
                question.counts().stream().map(MarkCount::count).toList(),
                FacesMessages.text("admin.surveys.count"));
    }

    /** The group of a breakdown row as people read it: the district's name, or the age band as it is. */
    public String group(BreakdownRow row) {
        if (!"DISTRICT".equals(row.dimension())) {
            return row.group();
        }
        if (districtNames == null) {
            Locale locale = localeSelection.getLocale();
            districtNames =
                    signUps.districts().stream().collect(Collectors.toMap(District::getCode, d -> d.name(locale)));
        }
        return districtNames.getOrDefault(row.group(), row.group());
    }

    /** Every question's counts as one table (for the page and the exports). */
    public List<CountRow> getCountRows() {
        return results.questions().stream()
                .flatMap(q -> q.counts().stream().map(c -> new CountRow(q.number(), q.text(), c.label(), c.count())))
                .toList();
    }

    /** One line of the counts table. */
    public record CountRow(int question, String text, String answer, long count) implements Serializable {}

    public String getFewerThan() {
        return FacesMessages.text("admin.polls.fewerThan", results.smallest());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SurveyResults getResults() {
        return results;
    }
}
