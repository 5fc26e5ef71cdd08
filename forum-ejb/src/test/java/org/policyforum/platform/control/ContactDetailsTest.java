package org.policyforum.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactDetailsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "010-1234-5678",
                "01012345678",
                "010 1234 5678",
                "010.123.4567",
                "+82 10-1234-5678",
                "+821012345678",
                "011-123-4567",
                "연락은 010-9876-5432로",
            })
    void findsAndMasksMobileNumbers(String text) {
        assertTrue(ContactDetails.appearIn(text), text);
        String masked = ContactDetails.mask(text);
        assertFalse(masked.matches(".*\\d{3,4}[-. ]?\\d{4}.*"), masked);
        assertTrue(masked.contains("-****-****"), masked);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-12-05",
                "02-123-4567",
                "예산 1,234,567원",
                "계좌 123-45-0101234567890",
                "0101234567890123",
                "주문번호 9901012345678",
            })
    void leavesOtherNumbersAlone(String text) {
        assertFalse(ContactDetails.appearIn(text), text);
        assertEquals(text, ContactDetails.mask(text));
    }

    @Test
    void masksTheNameOfAnAddressButItsFirstLetter() {
        assertEquals("담당자 h***@seoul.go.kr 에게", ContactDetails.mask("담당자 hong.gildong@seoul.go.kr 에게"));
        assertEquals("a***@b.co, c***@d.org", ContactDetails.mask("a@b.co, cc+x@d.org"));
        assertTrue(ContactDetails.appearIn("메일: 홍길동@example.com"));
    }

    @Test
    void leavesTextWithoutAddressesAlone() {
        assertFalse(ContactDetails.appearIn("@seoul 계정과 user@localhost 는 주소가 아닙니다"));
        assertNull(ContactDetails.mask(null));
    }
}
