package org.policyforum.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    final PlainText text = new PlainText();

    @Test
    void addressesBecomeLinksAndPunctuationStaysOutside() {
        assertEquals(
                "자료: <a href=\"https://seoul.go.kr/a?b=1&amp;c=2\" rel=\"nofollow ugc noopener noreferrer\" "
                        + "target=\"_blank\">"
                        + "https://seoul.go.kr/a?b=1&amp;c=2</a>. 끝",
                text.html("자료: https://seoul.go.kr/a?b=1&c=2. 끝"));
    }

    @Test
    void markupNeverSurvives() {
        String html = text.html("<script>alert(1)</script> <a href=\"javascript:x()\">y</a> javascript:alert(1)");
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<a href=\"javascript"));
        assertTrue(html.contains("&lt;script&gt;"));
    }

    @Test
    void anAddressCannotBreakOutOfItsAttribute() {
        String html = text.html("http://x.kr/\"onmouseover=\"alert(1) http://y.kr/<b>");
        assertFalse(html.contains("\"onmouseover"));
        assertTrue(html.contains("href=\"http://x.kr/\""));
        assertTrue(html.contains("href=\"http://y.kr/\""));
    }
}
