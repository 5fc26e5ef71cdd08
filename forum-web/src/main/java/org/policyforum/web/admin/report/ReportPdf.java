package org.policyforum.web.admin.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.zip.GZIPInputStream;
import org.policyforum.discussion.boundary.DiscussionRecords.Row;
import org.policyforum.platform.control.LocalTimes;
import org.policyforum.poll.boundary.PollTotals;
import org.policyforum.report.boundary.TopicReport;

/**
 * The monthly report as a PDF: the same sections as the printable page, laid out as XHTML here and rendered by
 * OpenHTMLtoPDF with NanumBarunGothic (SIL Open Font License, shipped beside this class) embedded as a subset, so the
 * PDF shows and yields Korean text wherever it is opened, whatever fonts the server or the reader has. (NanumGothic
 * maps the control characters to its space glyph, so its spaces read back as U+0000; NanumBarunGothic does not.)
 */
public final class ReportPdf {

    /** The font file as its makers ship it, only gzipped: a repository keeps no file over 2 MiB (the TTF is 4 MiB). */
    static final String FONT = "/org/policyforum/web/admin/report/NanumBarunGothic.ttf.gz";

    static final String FONT_FAMILY = "NanumBarunGothic";

    private final ResourceBundle words;
    private final Locale locale;
    private final ZoneId zone;
    private final StringBuilder html = new StringBuilder(16 * 1024);

    ReportPdf(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        this.words = ResourceBundle.getBundle("org.policyforum.web.messages", locale);
    }

    /** Writes the report's PDF to {@code out}. */
    public static void write(TopicReport report, Locale locale, ZoneId zone, OutputStream out) throws IOException {
        String xhtml = new ReportPdf(locale, zone).document(report);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(ReportPdf::font, FONT_FAMILY);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        builder.run();
    }

    private static InputStream font() {
        InputStream in = ReportPdf.class.getResourceAsStream(FONT);
        if (in == null) {
            throw new UncheckedIOException(new IOException("font missing: " + FONT));
        }
        try {
            return new GZIPInputStream(in, 64 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String document(TopicReport r) {
        html.append("<!DOCTYPE html><html lang=\"")
                .append(locale.getLanguage())
                .append("\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>")
                .append(esc(r.title()))
                .append("</title><style>")
                .append("@page{size:A4;margin:16mm}body{font-family:'")
                .append(FONT_FAMILY)
                .append("';font-size:10pt;line-height:1.5}h1{font-size:16pt}h2{font-size:12pt;border-bottom:1px solid")
                .append(" #999;margin-top:14pt}table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;")
                .append("padding:3pt;text-align:left}.meta{color:#444}</style></head><body>");
        html.append("<h1>")
                .append(esc(r.title()))
                .append("</h1><p class=\"meta\">")
                .append(esc(say("forum." + r.forum())))
                .append(" · ")
                .append(esc(r.month().toString()))
                .append(" · ")
                .append(esc(locale.getLanguage().equals("en") ? r.bureauEn() : r.bureauKo()))
                .append(" · ")
                .append(esc(say("topic.state." + r.state())))
                .append("</p>");
        if (r.summary() != null) {
            html.append("<p>").append(esc(r.summary())).append("</p>");
        }
        figures(r.figures());
        opinions("admin.report.pro", r.pro());
        opinions("admin.report.con", r.con());
        poll(r.poll());
        section("admin.report.briefs");
        if (r.briefs().isEmpty()) {
            none();
        }
        for (TopicReport.Brief b : r.briefs()) {
            html.append("<h3>")
                    .append(esc(say("stance." + b.stance())))
                    .append(" · ")
                    .append(esc(b.title()))
                    .append("</h3><p class=\"meta\">")
                    .append(esc(b.expert()))
                    .append(" · ")
                    .append(esc(b.affiliation()))
                    .append("</p><p>")
                    .append(esc(b.body()))
                    .append("</p>");
        }
        section("admin.report.winners");
        if (r.winners().isEmpty()) {
            none();
        }
        html.append("<ul>");
        for (TopicReport.Winner w : r.winners()) {
            html.append("<li>")
                    .append(esc(say("award.jury." + w.jury())))
                    .append(' ')
                    .append(esc(format("admin.report.place", w.place())))
                    .append(" · ")
                    .append(esc(w.name()))
                    .append(" — ")
                    .append(esc(w.excerpt()))
                    .append("</li>");
        }
        html.append("</ul>");
        outcome(r.outcome());
        html.append("<p class=\"meta\">")
                .append(esc(format("admin.report.madeAt", LocalTimes.dateTime(r.madeAt(), zone, locale))))
                .append("</p></body></html>");
        return html.toString();
    }

    private void figures(TopicReport.Figures f) {
        section("admin.report.figures");
        html.append("<table>");
        cellRow("admin.report.opinions", String.valueOf(f.opinions()));
        cellRow("admin.report.comments", String.valueOf(f.comments()));
        cellRow("admin.report.reactions", String.valueOf(f.reactions()));
        cellRow("admin.report.ballots", String.valueOf(f.ballots()));
        cellRow(
                "admin.report.participants",
                f.participants() == null
                        ? format("admin.polls.fewerThan", f.smallestGroup())
                        : String.valueOf(f.participants()));
        html.append("</table>");
    }

    private void opinions(String heading, List<Row> rows) {
        section(heading);
        if (rows.isEmpty()) {
            none();
        }
        html.append("<ol>");
        for (Row o : rows) {
            html.append("<li><p>")
                    .append(esc(o.body()))
                    .append("</p><p class=\"meta\">")
                    .append(esc(o.author()))
                    .append(" · ")
                    .append(esc(format("admin.report.agrees", o.agrees(), o.disagrees())))
                    .append("</p></li>");
        }
        html.append("</ol>");
    }

    private void poll(PollTotals.Totals poll) {
        section("admin.report.poll");
        if (poll == null) {
            none();
            return;
        }
        html.append("<p>")
                .append(esc(poll.question()))
                .append(" (")
                .append(esc(format("admin.report.pollBallots", poll.ballots())))
                .append(")</p><table>");
        for (PollTotals.OptionTotal o : poll.options()) {
            html.append("<tr><td>")
                    .append(esc(o.label()))
                    .append("</td><td>")
                    .append(o.count())
                    .append(" (")
                    .append(o.percent())
                    .append("%)</td></tr>");
        }
        html.append("</table>");
    }

    private void outcome(TopicReport.Outcome outcome) {
        section("admin.report.outcome");
        if (outcome == null) {
            none();
            return;
        }
        html.append("<p><strong>")
                .append(esc(say("outcome.status." + outcome.status())))
                .append("</strong> · ")
                .append(esc(format("admin.report.progress", outcome.progress())))
                .append("</p><p>")
                .append(esc(outcome.summary()))
                .append("</p><ul>");
        for (TopicReport.Entry e : outcome.latest()) {
            html.append("<li>")
                    .append(esc(LocalTimes.day(e.date(), locale)))
                    .append(" — ")
                    .append(esc(e.body()))
                    .append("</li>");
        }
        html.append("</ul>");
    }

    private void section(String key) {
        html.append("<h2>").append(esc(say(key))).append("</h2>");
    }

    private void none() {
        html.append("<p class=\"meta\">").append(esc(say("admin.report.none"))).append("</p>");
    }

    private void cellRow(String key, String value) {
        html.append("<tr><th>")
                .append(esc(say(key)))
                .append("</th><td>")
                .append(esc(value))
                .append("</td></tr>");
    }

    private String say(String key) {
        return words.containsKey(key) ? words.getString(key) : key;
    }

    private String format(String key, Object... values) {
        return new MessageFormat(say(key), locale).format(values);
    }

    /** XML text: markup characters escaped, and characters XML 1.0 cannot carry dropped. */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
