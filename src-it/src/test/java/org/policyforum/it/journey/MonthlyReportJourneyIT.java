package org.policyforum.it.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.policyforum.it.journey.TestPeople.Person;

/**
 * The monthly report, in Chromium and in Korean: a citizen takes part in a topic; an official of its bureau opens
 * the report from the console's topic list (checked with axe, also at a phone's width), then downloads its PDF (which
 * reads back with the topic's Korean title) and the CSV of its opinions (with a byte order mark, names masked or not
 * per the setting, never an email address), in the official's own session.
 */
class MonthlyReportJourneyIT extends Journey {

    @Test
    void anOfficialOpensTheReportAndDownloadsItsPdfAndCsv() throws Exception {
        Pages pages = new Pages(browser, base);
        browser.desktop();
        String unique = TestPeople.unique();
        Person citizen = TestPeople.newPerson("report-citizen");
        Person official = TestPeople.newPerson("report-official");
        for (Person person : List.of(citizen, official)) {
            TestPeople.signUp(base, person);
        }
        Operator operator = Operator.ensure(pages);
        pages.anonymous().logIn(operator.email, operator.password);
        TopicConsole console = new TopicConsole(pages);
        String bureau = console.newBureau(unique);
        String title = "청년 주거 정책 " + unique;
        console.openNewTopic("MAIN", title, "주거 문제를 함께 논의합니다", bureau);
        for (Person person : List.of(citizen, official)) {
            TestPeople.confirm(base, person);
        }
        console.makeOfficial(official, unique);
        String opinion = "공공임대를 늘려야 합니다 " + unique;
        console.postOpinion(citizen, title, opinion, null);
        String formula = "SUM(1,2) " + unique;
        console.postOpinion(official, title, "=" + formula, null);

        // the official opens the report from the topic list
        pages.anonymous().logIn(official.email(), official.password());
        pages.open("/admin/topics.xhtml?lang=ko");
        console.locate(title)
                .findElement(By.linkText(Texts.ko("admin.report.open")))
                .click();
        pages.await(ExpectedConditions.urlContains("/admin/topic-report.xhtml"));
        assertEquals(title, pages.text("reportTitle"));
        assertTrue(pages.text("mostPro").contains(opinion), pages.text("mostPro"));
        pages.assertAccessible();
        String pdfLink = pages.element("pdf").getAttribute("href");
        String csvLink = pages.element("csv").getAttribute("href");
        String id = pdfLink.substring(pdfLink.indexOf("id=") + 3);
        pages.fitsAPhone("/admin/topic-report.xhtml?id=" + id);

        // the PDF and the CSV, in the official's session
        String session = pages.cookie("JSESSIONID");
        HttpResponse<byte[]> pdf = download(pdfLink, session);
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").contains(".pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(title), text);
            assertTrue(text.contains(opinion), text);
        }
        HttpResponse<byte[]> csv = download(csvLink, session);
        assertEquals(200, csv.statusCode());
        byte[] bytes = csv.body();
        assertEquals(0xEF, bytes[0] & 0xFF, "a byte order mark for Excel");
        String rows = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(rows.contains(opinion), rows);
        assertTrue(rows.contains("\"'=" + formula + "\""), "a formula is guarded: " + rows);
        assertTrue(!rows.contains(citizen.email()), "no email in an export");

        // without the official's session: the login page, no export
        HttpResponse<byte[]> anonymous = download(csvLink, null);
        assertTrue(!anonymous.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(!new String(anonymous.body(), StandardCharsets.UTF_8).contains(opinion));
    }

    private static HttpResponse<byte[]> download(String link, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(link.replaceFirst(";jsessionid=[^?]*", "")))
                .timeout(Duration.ofSeconds(30));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
