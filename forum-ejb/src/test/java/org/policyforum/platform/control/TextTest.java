package org.policyforum.platform.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextTest {

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
}
