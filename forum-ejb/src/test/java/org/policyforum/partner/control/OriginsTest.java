package org.policyforum.partner.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyforum.platform.entity.RuleViolation;

class OriginsTest {

    @Test
    void originsAreKeptAsTheBrowserSendsThem() {
        assertEquals(
                List.of("https://portal.example.kr", "http://127.0.0.1:8380", "http://a.example"),
                Origins.parse("HTTPS://Portal.Example.kr:443/\nhttp://127.0.0.1:8380, http://a.example:80\n"
                        + "https://portal.example.kr"));
    }

    @Test
    void anythingButAnOriginIsRefusedAtTheField() {
        for (String bad : List.of(
                "https://portal.example.kr/news",
                "*.example.kr",
                "https://*.example.kr",
                "ftp://files.example.kr",
                "https://user@portal.example.kr",
                "https://portal.example.kr?x=1",
                "javascript:alert(1)")) {
            RuleViolation refused = assertThrows(RuleViolation.class, () -> Origins.parse(bad), bad);
            assertEquals("origins", refused.field());
            assertEquals("partner.origins.invalid", refused.messageKey(), bad);
        }
        assertEquals(
                "partner.origins.required",
                assertThrows(RuleViolation.class, () -> Origins.parse("  \n ")).messageKey());
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            many.append("https://s").append(i).append(".example\n");
        }
        assertTrue(assertThrows(RuleViolation.class, () -> Origins.parse(many.toString()))
                .messageKey()
                .equals("partner.origins.tooMany"));
    }

    @Test
    void aKeyReadsBackToItsPrefixAndHashButNeverHoldsTheSecretTwice() {
        KeySecrets.NewKey key = KeySecrets.create();
        KeySecrets.Presented presented = KeySecrets.read(key.key()).orElseThrow();
        assertEquals(key.prefix(), presented.prefix());
        assertEquals(key.secretHash(), presented.secretHash());
        assertEquals(64, key.secretHash().length());
        assertTrue(!key.key().contains(key.secretHash()));
        assertTrue(KeySecrets.read("pf_0123456789.short").isEmpty());
        assertTrue(KeySecrets.read(key.key() + "x").isEmpty());
        assertTrue(KeySecrets.read(null).isEmpty());
    }
}
