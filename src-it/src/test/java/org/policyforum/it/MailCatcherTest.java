package org.policyforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MailCatcherTest {

    @Test
    void extractsTheLinkWithTheGivenPath() {
        String body = "안녕하세요\nSee https://forum.example.org/topics/7 or confirm: "
                + "https://forum.example.org/confirm?token=a1b2&lang=ko\nThanks";

        assertEquals("https://forum.example.org/confirm?token=a1b2&lang=ko", MailCatcher.extractLink(body, "/confirm"));
    }

    @Test
    void undoesHtmlAmpersandsAndStopsAtTheAttributeQuote() {
        String html = "<p><a href=\"http://localhost:8280/unsubscribe?m=5&amp;sig=xyz\">수신 거부</a></p>";

        assertEquals("http://localhost:8280/unsubscribe?m=5&sig=xyz", MailCatcher.extractLink(html, "/unsubscribe"));
    }

    @Test
    void failsWhenNoLinkHasThePath() {
        assertThrows(
                AssertionError.class,
                () -> MailCatcher.extractLink("only https://forum.example.org/topics/7", "/confirm"));
    }
}
