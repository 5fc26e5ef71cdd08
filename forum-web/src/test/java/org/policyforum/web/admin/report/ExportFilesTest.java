package org.policyforum.web.admin.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.policyforum.discussion.boundary.DiscussionRecords.Kind;
import org.policyforum.discussion.boundary.DiscussionRecords.Row;
import org.policyforum.discussion.entity.Opinion;
import org.policyforum.report.boundary.TopicExports.Format;
import org.policyforum.topic.entity.Stance;

class ExportFilesTest {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final Instant AT = Instant.parse("2026-11-02T15:30:00Z");
    static final List<String> HEADER = List.of("종류", "번호", "상위 글", "입장", "작성자", "내용", "공감", "비공감", "작성 시각", "숨김");

    static final Row OPINION =
            new Row(Kind.OPINION, 7, 7, null, Stance.PRO, "홍*동", "=HYPERLINK(\"x\")", 3, 1, AT, Opinion.Status.VISIBLE);
    static final Row REPLY = new Row(Kind.COMMENT, 9, 7, 8L, null, "-김", "", 0, 0, AT, Opinion.Status.HIDDEN);

    @Test
    void csvHasABomQuotesEveryCellAndGuardsFormulas() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportFiles file = ExportFiles.of(Format.CSV, out, SEOUL, HEADER)) {
            file.write(OPINION);
            file.write(REPLY);
        }
        byte[] bytes = out.toByteArray();
        assertEquals(0xEF, bytes[0] & 0xFF);
        assertEquals(0xBB, bytes[1] & 0xFF);
        assertEquals(0xBF, bytes[2] & 0xFF);
        String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertEquals(3, lines.length);
        assertTrue(lines[0].startsWith("\"종류\",\"번호\""), lines[0]);
        assertEquals(
                "\"OPINION\",\"7\",\"\",\"PRO\",\"홍*동\",\"'=HYPERLINK(\"\"x\"\")\",\"3\",\"1\","
                        + "\"2026-11-03 00:30:00\",\"N\"",
                lines[1]);
        assertEquals(
                "\"COMMENT\",\"9\",\"COMMENT:8\",\"\",\"'-김\",\"\",\"0\",\"0\",\"2026-11-03 00:30:00\",\"Y\"",
                lines[2]);
    }

    @Test
    void xlsxIsAWorkbookWithTheSameCells() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportFiles file = ExportFiles.of(Format.XLSX, out, SEOUL, HEADER)) {
            file.write(OPINION);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("종류", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(7, (long) sheet.getRow(1).getCell(1).getNumericCellValue());
            assertEquals("'=HYPERLINK(\"x\")", sheet.getRow(1).getCell(5).getStringCellValue());
            assertEquals(3, (long) sheet.getRow(1).getCell(6).getNumericCellValue());
        }
    }

    @Test
    void onlyFormulaStartsAreGuarded() {
        assertEquals("'+1", ExportFiles.guarded("+1"));
        assertEquals("'@SUM(A1)", ExportFiles.guarded("@SUM(A1)"));
        assertEquals("'\tx", ExportFiles.guarded("\tx"));
        assertEquals("홍 = 길동", ExportFiles.guarded("홍 = 길동"));
        assertEquals("", ExportFiles.guarded(null));
    }
}
