package org.policyforum.web.admin.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.policyforum.discussion.boundary.DiscussionRecords.Kind;
import org.policyforum.discussion.boundary.DiscussionRecords.Row;
import org.policyforum.discussion.entity.Opinion;
import org.policyforum.poll.boundary.PollTotals;
import org.policyforum.poll.entity.Phase;
import org.policyforum.report.boundary.TopicReport;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;
import org.policyforum.topic.entity.TopicState;

/**
 * The monthly report's PDF, rendered here the way a reader's viewer would: every page becomes an image, the text read
 * back holds the Korean title and sections, and every font in it is embedded (NanumBarunGothic, shipped in the build).
 */
class ReportPdfTest {

    static final String TITLE = "청년 주거 정책, 어떻게 바꿀까요?";

    static TopicReport report(Long participants) {
        Instant at = Instant.parse("2026-11-02T00:00:00Z");
        Row pro = new Row(
                Kind.OPINION, 1, 1, null, Stance.PRO, "홍*동", "공공임대를 늘려야 합니다 <b>&", 7, 1, at, Opinion.Status.VISIBLE);
        Row con = new Row(Kind.OPINION, 2, 2, null, Stance.CON, "김*수", "재정 부담이 큽니다", 3, 0, at, Opinion.Status.VISIBLE);
        return new TopicReport(
                12,
                TITLE,
                "주거 문제를 함께 논의합니다",
                Forum.MAIN,
                YearMonth.of(2026, 11),
                "주택정책과",
                "Housing Policy Division",
                TopicState.CLOSED,
                at,
                at.plusSeconds(86_400 * 20),
                new TopicReport.Figures(40, 120, 800, 64, participants, 5),
                List.of(pro),
                List.of(con),
                new PollTotals.Totals(
                        "찬성하십니까?",
                        Phase.CLOSED,
                        64,
                        List.of(new PollTotals.OptionTotal("찬성", 40, 63), new PollTotals.OptionTotal("반대", 24, 38))),
                List.of(new TopicReport.Brief(Stance.PRO, "이전문", "서울대학교", "공급이 답입니다", "본문")),
                List.of(new TopicReport.Winner("CITIZENS", 1, "홍*동", "공공임대를 늘려야")),
                new TopicReport.Outcome(
                        "REVIEWING", "검토 중입니다", 30, List.of(new TopicReport.Entry(LocalDate.of(2026, 12, 1), "부서 검토"))),
                at);
    }

    static byte[] pdf(TopicReport report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportPdf.write(report, Locale.KOREAN, ZoneId.of("Asia/Seoul"), out);
        return out.toByteArray();
    }

    @Test
    void thePdfRendersAndReadsBackInKoreanWithItsFontEmbedded() throws Exception {
        byte[] bytes = pdf(report(37L));
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertTrue(document.getNumberOfPages() >= 1);
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 72);
                assertTrue(image.getWidth() > 500 && image.getHeight() > 700, "an A4 page at 72 dpi");
                assertTrue(inked(image), "page " + page + " shows something");
            }
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(TITLE), text);
            for (String expected : List.of("참여 현황", "공공임대를 늘려야 합니다 <b>&", "찬성하십니까?", "공급이 답입니다", "검토 중", "37")) {
                assertTrue(text.contains(expected), () -> expected + " missing from " + text);
            }
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), () -> font.getName() + " is not embedded");
                    fonts.add(font.getName());
                }
            }
            assertTrue(fonts.stream().anyMatch(f -> f.contains("NanumBarunGothic")), fonts::toString);
        }
    }

    @Test
    void participantsUnderTheSmallestGroupShowAsFewerThan() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf(report(null)))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("5명 미만"), text);
        }
    }

    @Test
    void textIsEscapedForXml() {
        assertEquals("a&lt;b&gt;&amp;&quot;c", ReportPdf.esc("a<b>&\"c\u0001"));
    }

    private static boolean inked(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    return true;
                }
            }
        }
        return false;
    }
}
