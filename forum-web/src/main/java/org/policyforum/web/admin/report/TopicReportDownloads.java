package org.policyforum.web.admin.report;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.report.boundary.TopicExports;
import org.policyforum.report.boundary.TopicReport;
import org.policyforum.report.boundary.TopicReports;
import org.policyforum.web.platform.LocaleSelection;

/**
 * The downloads of a topic's report page: the report as PDF, and the opinions and comments as CSV or XLSX, named
 * with the topic's month ({@code topic-12-2026-11.pdf}). Who may have them is the boundaries' rule (officials of the
 * topic's bureau, operators); a refusal (403, 404) is answered by the error pages before anything is written.
 */
@WebServlet({"/admin/topic-report.pdf", "/admin/topic-export.csv", "/admin/topic-export.xlsx"})
public class TopicReportDownloads extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(TopicReportDownloads.class.getName());

    static final List<String> COLUMNS =
            List.of("kind", "id", "parent", "stance", "name", "text", "agrees", "disagrees", "created", "hidden");

    @Inject
    transient TopicReports reports;

    @Inject
    transient TopicExports exports;

    @Inject
    transient Settings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id = id(request.getParameter("id"));
        ZoneId zone = settings.current().zone();
        Locale locale = LocaleSelection.of(request);
        String path = request.getServletPath();
        if (path.endsWith(".pdf")) {
            TopicReport report = reports.read(id, TopicReports.Format.PDF);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
            ReportPdf.write(report, locale, zone, pdf);
            start(response, "application/pdf", name(id, report.month(), "pdf"));
            response.setContentLength(pdf.size());
            pdf.writeTo(response.getOutputStream());
            return;
        }
        TopicExports.Format format = path.endsWith(".xlsx") ? TopicExports.Format.XLSX : TopicExports.Format.CSV;
        YearMonth month = exports.monthOf(id);
        start(
                response,
                format == TopicExports.Format.XLSX
                        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                        : "text/csv;charset=UTF-8",
                name(id, month, format.name().toLowerCase()));
        ResourceBundle words = ResourceBundle.getBundle("org.policyforum.web.messages", locale);
        List<String> header = COLUMNS.stream()
                .map(c -> words.getString("admin.report.column." + c))
                .toList();
        OutputStream out = response.getOutputStream();
        try (ExportFiles file = ExportFiles.of(format, out, zone, header)) {
            exports.export(id, format, file);
        } catch (IOException | RuntimeException e) {
            if (!response.isCommitted() || !writeFailed(e)) {
                throw e;
            }
            // the reader went away mid-download: nothing to answer and nobody to answer it to, one line is enough
            LOG.info(() -> "Export of topic " + id + " stopped: the client closed the connection (" + e + ")");
        }
    }

    /** Whether writing the response failed (an I/O error anywhere in the causes), not the forum. */
    static boolean writeFailed(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static void start(HttpServletResponse response, String type, String fileName) {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
    }

    static String name(long id, YearMonth month, String extension) {
        return "topic-" + id + "-" + month + "." + extension;
    }

    /** A topic id, or "not found" for anything else (a missing, forged or oversized parameter). */
    static long id(String parameter) {
        if (parameter == null || !parameter.matches("\\d{1,18}")) {
            throw RuleViolation.of("notFound");
        }
        return Long.parseLong(parameter);
    }
}
