package org.policyforum.web.admin.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.report.boundary.TopicReport;
import org.policyforum.report.boundary.TopicReports;

/**
 * The printable monthly report of a topic ({@code /admin/topic-report.xhtml?id=}), with its PDF and the exports of
 * its opinions and comments. Read once per request (each reading is audited); a topic of another bureau, or none, is
 * a 404.
 */
@Named
@RequestScoped
public class TopicReportPage {

    @Inject
    TopicReports reports;

    @Param(name = "id")
    private String id;

    private TopicReport report;

    /** f:viewAction. */
    public void load() throws IOException {
        if (getReport() == null) {
            Faces.responseSendError(404, "no such topic to report");
        }
    }

    public TopicReport getReport() {
        if (report == null && id != null && id.matches("\\d{1,18}")) {
            try {
                report = reports.read(Long.parseLong(id), TopicReports.Format.HTML);
            } catch (RuleViolation notYours) {
                return null;
            }
        }
        return report;
    }
}
