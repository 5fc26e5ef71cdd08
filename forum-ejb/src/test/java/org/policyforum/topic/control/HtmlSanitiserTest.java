package org.policyforum.topic.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class HtmlSanitiserTest {

    @Test
    void keepsStructureLinksAndImages() {
        String clean = HtmlSanitiser.sanitise("<h2>배경</h2><p>본문 <a href=\"https://seoul.go.kr\">링크</a></p>"
                + "<ul><li>하나</li></ul><img src=\"https://seoul.go.kr/a.png\" alt=\"지도\">");
        assertTrue(clean.contains("<h2>배경</h2>"));
        assertTrue(clean.contains("href=\"https://seoul.go.kr\""));
        assertTrue(clean.contains("<li>하나</li>"));
        assertTrue(clean.contains("src=\"https://seoul.go.kr/a.png\""));
    }

    @Test
    void nothingExecutableSurvives() {
        String clean = HtmlSanitiser.sanitise("<script>alert(1)</script><p onclick=\"x()\">t</p>"
                        + "<a href=\"javascript:alert(1)\">j</a><img src=\"javascript:alert(1)\"><iframe "
                        + "src=\"https://e.com\"></iframe>"
                        + "<style>body{}</style><svg onload=\"x()\"></svg>")
                .toLowerCase(Locale.ROOT);
        assertFalse(clean.contains("<script"));
        assertFalse(clean.contains("onclick"));
        assertFalse(clean.contains("javascript:"));
        assertFalse(clean.contains("<iframe"));
        assertFalse(clean.contains("<style"));
        assertFalse(clean.contains("onload"));
    }
}
