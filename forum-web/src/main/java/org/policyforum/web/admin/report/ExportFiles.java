package org.policyforum.web.admin.report;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.policyforum.discussion.boundary.DiscussionRecords;
import org.policyforum.report.boundary.TopicExports;

/**
 * The files of an export of opinions and comments: CSV (UTF-8 with a byte order mark, so that Excel reads Korean)
 * and XLSX (POI's streaming workbook: a small window of rows in memory, the rest on disk). Both write one row as it
 * comes. A text cell that a spreadsheet would take for a formula (starting with = + - @, a tab or a carriage return)
 * gets a leading apostrophe.
 */
public abstract class ExportFiles implements TopicExports.Sink, Closeable {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Rows of an XLSX kept in memory before they go to the temporary file. */
    static final int WINDOW = 100;

    private final ZoneId zone;

    ExportFiles(ZoneId zone) {
        this.zone = zone;
    }

    public static ExportFiles of(TopicExports.Format format, OutputStream out, ZoneId zone, List<String> header)
            throws IOException {
        ExportFiles file = format == TopicExports.Format.XLSX ? new Xlsx(out, zone) : new Csv(out, zone);
        file.cells(header);
        return file;
    }

    /** Text a spreadsheet shows as text, never runs as a formula. */
    static String guarded(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }

    @Override
    public void write(DiscussionRecords.Row row) throws IOException {
        String parent = row.kind() == DiscussionRecords.Kind.OPINION
                ? ""
                : row.parentId() == null ? "OPINION:" + row.opinionId() : "COMMENT:" + row.parentId();
        cells(List.of(
                row.kind().name(),
                String.valueOf(row.id()),
                parent,
                row.stance() == null ? "" : row.stance().name(),
                guarded(row.author()),
                guarded(row.body()),
                String.valueOf(row.agrees()),
                String.valueOf(row.disagrees()),
                TIME.format(row.createdAt().atZone(zone)),
                row.hidden() ? "Y" : "N"));
    }

    abstract void cells(List<String> cells) throws IOException;

    static final class Csv extends ExportFiles {
        private final Writer out;

        Csv(OutputStream out, ZoneId zone) throws IOException {
            super(zone);
            this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            this.out.write('\uFEFF');
        }

        @Override
        void cells(List<String> cells) throws IOException {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write('"');
                out.write(cells.get(i).replace("\"", "\"\""));
                out.write('"');
            }
            out.write("\r\n");
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    static final class Xlsx extends ExportFiles {
        private final OutputStream out;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        private final Sheet sheet = workbook.createSheet("export");
        private int next;

        Xlsx(OutputStream out, ZoneId zone) {
            super(zone);
            this.out = out;
        }

        @Override
        void cells(List<String> cells) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < cells.size(); i++) {
                String value = cells.get(i);
                boolean number = next > 1 && (i == 1 || i == 6 || i == 7);
                if (number) {
                    row.createCell(i).setCellValue(Long.parseLong(value));
                } else {
                    row.createCell(i).setCellValue(value);
                }
            }
        }

        @Override
        public void close() throws IOException {
            try {
                workbook.write(out);
                out.flush();
            } finally {
                workbook.close();
            }
        }
    }
}
