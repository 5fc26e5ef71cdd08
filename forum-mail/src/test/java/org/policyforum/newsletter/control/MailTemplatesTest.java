package org.policyforum.newsletter.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policyforum.platform.control.MailPort;

class MailTemplatesTest {

    @Test
    void rendersInTheMembersLanguageWithTheLink() {
        var ko = MailTemplates.render(
                MailPort.Kind.CONFIRM_EMAIL,
                Locale.KOREAN,
                Map.of("name", "홍길동", "link", "http://x/confirm.xhtml?token=abc"));
        assertTrue(ko.subject().contains("이메일"));
        assertTrue(ko.text().contains("홍길동") && ko.text().contains("http://x/confirm.xhtml?token=abc"));
        var en = MailTemplates.render(
                MailPort.Kind.RESET_PASSWORD, Locale.ENGLISH, Map.of("name", "Hong", "link", "http://x/r"));
        assertTrue(en.subject().contains("Reset"));
    }

    @Test
    void valuesAreEscapedInHtml() {
        var mail = MailTemplates.render(
                MailPort.Kind.CONFIRM_EMAIL,
                Locale.KOREAN,
                Map.of("name", "<script>alert(1)</script>", "link", "http://x/?a=1&b=2"));
        assertFalse(mail.html().contains("<script>"));
        assertTrue(mail.html().contains("&lt;script&gt;"));
        assertTrue(mail.html().contains("href=\"http://x/?a=1&amp;b=2\""));
    }
}
