package org.policyforum.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyforum.platform.entity.RuleViolation;

class TextTest {

    @Test
    void searchWordsWithANulOrAResidentNumberAreUnsearchable() {
        assertTrue(Text.unsearchable("bus\u0000"), "PostgreSQL refuses a NUL in a text parameter");
        assertTrue(Text.unsearchable("900101-1234567"));
        assertFalse(Text.unsearchable("야간 버스\tnight"));
        assertFalse(Text.unsearchable(null));
    }

    @Test
    void bytesThatAreNotUtf8AreNoticed() {
        byte[] eucKr = "홍길동".getBytes(java.nio.charset.Charset.forName("EUC-KR"));
        assertTrue(Text.isGarbled(new String(eucKr, StandardCharsets.UTF_8)));
        assertTrue(Text.isGarbled("a\u0000b"));
    }

    @Test
    void ordinaryTextPasses() {
        assertFalse(Text.isGarbled("홍길동 Hong\nline two\ttab"));
        assertFalse(Text.isGarbled(null));
    }

    @Test
    void textShapedLikeAResidentNumberIsRefusedEvenWhenDisguised() {
        for (String text : List.of(
                "제 번호는 900101-1234567 입니다",
                "9001011234567",
                "주민번호900101-2234567이요",
                "９００１０１－１２３４５６７",
                "900101\u2013 1234567".replace(" ", ""),
                "900101\u200B-1234567",
                "900101 1234567",
                "900101 - 1234567",
                "900101.1234567",
                "000229-3234567")) {
            RuleViolation refusal =
                    assertThrows(RuleViolation.class, () -> Text.required("body", text, 10_000, "opinion.body"), text);
            assertEquals("input.residentNumber", refusal.messageKey(), text);
            assertEquals("body", refusal.field());
            assertNull(Text.searchWords(text, 100), text);
        }
        RuleViolation inName =
                assertThrows(RuleViolation.class, () -> Text.name("realName", "홍900101-1234567", 2, 60, "r", "s"));
        assertEquals("input.residentNumber", inName.messageKey());
    }

    @Test
    void ordinaryNumbersStayAccepted() {
        for (String text : List.of(
                "2026-12-02 오후 3시",
                "010-1234-5678",
                "02-2133-1234",
                "예산 1,234,567원",
                "1234567890123",
                "123456-7654321",
                "900132-1234567",
                "주문번호 A9001011234567",
                "1732665600000",
                "9001011234567890",
                "계좌 110-123-456789",
                "123456 7654321",
                "2026 1234567")) {
            assertEquals(text, Text.required("body", text, 10_000, "opinion.body"), text);
        }
    }

    @Test
    void overLongTextIsRefusedWithTheLimitNeverCut() {
        RuleViolation refusal = assertThrows(
                RuleViolation.class, () -> Text.required("body", "가".repeat(20_000), 10_000, "opinion.body"));
        assertEquals("opinion.body.tooLong", refusal.messageKey());
        assertEquals(List.of(10_000, 20_000), List.of(refusal.arguments()));
        assertEquals(
                10_000,
                Text.required("body", "가".repeat(10_000), 10_000, "opinion.body")
                        .length());
    }

    @Test
    void directionOverridesAreRemovedFromTextAndRefusedInNames() {
        assertEquals("abc 기획 gpj.exe", Text.required("body", "abc \u202E기획\u202C \u2066gpj.exe\u2069\u200F", 100, "b"));
        assertEquals("zero width", Text.required("body", "zero\u200B \uFEFFwidth", 100, "b"));
        // emoji sequences keep their joiner
        assertEquals("👩\u200D💻", Text.required("body", "👩\u200D💻", 100, "b"));
        for (String name : List.of("홍길\u202E동", "홍\u200B길동", "\u2067홍길동", "\u3164\u3164")) {
            RuleViolation refusal = assertThrows(
                    RuleViolation.class,
                    () -> Text.name("realName", name, 2, 60, "signup.realName.required", "signup.realName.size"));
            assertEquals("input.name.invisible", refusal.messageKey(), name);
        }
    }

    @Test
    void textIsNfcNormalised() {
        String jamo = "\u1112\u1161\u11AB"; // 한 as three conjoining jamo
        assertEquals("한", Text.required("body", jamo, 1, "b"));
        assertEquals("한국", Text.name("realName", jamo + "국", 2, 60, "r", "s"));
    }

    @Test
    void namesHaveTheirLimits() {
        RuleViolation tooShort = assertThrows(
                RuleViolation.class,
                () -> Text.name("realName", " 홍 ", 2, 60, "signup.realName.required", "signup.realName.size"));
        assertEquals("signup.realName.size", tooShort.messageKey());
        RuleViolation empty = assertThrows(
                RuleViolation.class,
                () -> Text.name("realName", "  ", 2, 60, "signup.realName.required", "signup.realName.size"));
        assertEquals("signup.realName.required", empty.messageKey());
        assertEquals("Hong Gil-dong", Text.name("realName", " Hong Gil-dong ", 2, 60, "r", "s"));
    }

    @Test
    void optionalTextMayBeEmptyButIsGuardedWhenGiven() {
        assertNull(Text.optional("affiliation", "  ", 200, "brief.affiliation"));
        assertEquals(
                "input.residentNumber",
                assertThrows(
                                RuleViolation.class,
                                () -> Text.optional("affiliation", "900101-1234567", 200, "brief.affiliation"))
                        .messageKey());
    }

    @Test
    void aLikePatternTakesTheWordsOwnWildcardsLiterally() {
        assertEquals("%100\\%\\_a\\\\b%", Text.containing("100%_a\\b"));
        assertEquals("%서울%", Text.containing("서울"));
    }
}
