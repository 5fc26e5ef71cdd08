package org.policyforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyforum.it.ResidentNumberScanner.DatabaseScan;
import org.policyforum.it.ResidentNumberScanner.Finding;

/** What the resident-number check must catch and what it must let pass (see {@link ResidentNumberScanner}). */
class ResidentNumberScannerTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "900101-1234567",
                "9001011234567",
                "주민번호 900101-2234567 입니다",
                "rrn=051231-3234567;",
                "born 2000-02-29: 000229-4234567",
                "(991130-1234567)",
                "주민번호900101-2234567"
            })
    void findsResidentNumbers(String text) {
        assertEquals(1, ResidentNumberScanner.findIn(text).size(), text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "order 123456-7654321",
                "010-1234-5678",
                "+82-10-1234-5678",
                "1732665600000",
                "1795312345678",
                "9001011234567890",
                "19001011234567",
                "901301-1234567",
                "900132-1234567",
                "900230-1234567",
                "900431-1234567",
                "900101-5234567",
                "900101 1234567",
                "900101--1234567",
                "2026-11-27 07:12:46,651 INFO [org.jboss.as] WFLYSRV0025: started in 5321ms",
                "WFLYDR0001: Content added at location data/content/3e/4f8903051634504b2c9d11/content",
                "id=ab9001011234567",
                ""
            })
    void letsOtherNumbersPass(String text) {
        assertEquals(List.of(), ResidentNumberScanner.findIn(text), text);
    }

    @Test
    void findsEveryNumberInAText() {
        assertEquals(
                List.of("900101-1234567", "8505152345678"),
                ResidentNumberScanner.findIn("a 900101-1234567, b 8505152345678"));
    }

    @Test
    void millisecondTimestampThatReadsAsADateIsAKnownFalsePositive() {
        // 1701011234567 ms is 2023-11-26; documented so that nobody is surprised when it fires.
        assertEquals(List.of("1701011234567"), ResidentNumberScanner.findIn("ts=1701011234567"));
    }

    @Test
    void masksAllButTheBirthDate() {
        assertEquals("900101-*******", ResidentNumberScanner.mask("900101-1234567"));
        assertEquals("900101-*******", ResidentNumberScanner.mask("9001011234567"));
        assertEquals(List.of(), ResidentNumberScanner.findIn(ResidentNumberScanner.mask("900101-1234567")));
    }

    @Test
    void reportsFileAndLineOfEachHit(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("server.log");
        Files.writeString(
                log,
                "start\nuser 9001011234567 logged in\nok 010-1234-5678\r\nagain 900101-2234567\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("server.log.2026-11-26"), "clean\n", StandardCharsets.UTF_8);

        List<Finding> findings = ResidentNumberScanner.scanFiles(dir);

        assertEquals(
                List.of(new Finding(log + ":2", "900101-*******"), new Finding(log + ":4", "900101-*******")),
                findings);
    }

    @Test
    void scansEveryCellOfEveryApplicationTable() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:scanner;DB_CLOSE_DELAY=-1")) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA app");
                st.execute("CREATE TABLE app.member (id BIGINT PRIMARY KEY, name VARCHAR(50), note CLOB)");
                st.execute("CREATE TABLE public.audit (id BIGINT PRIMARY KEY, payload VARBINARY(100), at BIGINT)");
                st.execute("INSERT INTO app.member VALUES (1, '홍길동', 'phone 010-1234-5678')");
                st.execute("INSERT INTO app.member VALUES (2, '김철수', 'id 900101-1234567')");
                st.execute("INSERT INTO public.audit VALUES (1, NULL, 1732665600000)");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO public.audit VALUES (2, ?, NULL)")) {
                ps.setBytes(1, "{\"rrn\":\"8505152345678\"}".getBytes(StandardCharsets.UTF_8));
                ps.executeUpdate();
            }

            DatabaseScan scan = ResidentNumberScanner.scanDatabase(c);

            assertEquals(List.of("APP.MEMBER", "PUBLIC.AUDIT"), scan.tables());
            assertEquals(12, scan.cells());
            assertEquals(
                    List.of(
                            new Finding("APP.MEMBER.NOTE row 2", "900101-*******"),
                            new Finding("PUBLIC.AUDIT.PAYLOAD row 2", "850515-*******")),
                    scan.findings());
        }
    }

    @Test
    void emptyDatabaseScansNothing() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:empty")) {
            DatabaseScan scan = ResidentNumberScanner.scanDatabase(c);
            assertTrue(scan.tables().isEmpty(), scan::toString);
            assertTrue(scan.findings().isEmpty(), scan::toString);
        }
    }
}
