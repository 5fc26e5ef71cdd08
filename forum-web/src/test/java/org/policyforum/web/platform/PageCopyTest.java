package org.policyforum.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageCopyTest {

    private static final String NONCE = "YjhiZDc0ZmMtMzBiNS00NTczLWFmNGUtNTg4YTg3NGNhZTk4";
    private static final List<PageCopy.Header> HEADERS = List.of(
            new PageCopy.Header("Content-Security-Policy", "object-src 'none'", false),
            new PageCopy.Header("Content-Security-Policy", "script-src 'self' 'nonce-" + NONCE + "';", true),
            new PageCopy.Header("X-Content-Type-Options", "nosniff", false));
    private static final String BODY = "<html lang=\"ko\"><script nonce=\"" + NONCE + "\">PrimeFaces.csp.init('" + NONCE
            + "');</script><p>토론 — 찬성</p><script nonce=\"" + NONCE + "\"></script></html>";

    private static PageCopy copy() {
        return PageCopy.of("text/html;charset=UTF-8", HEADERS, BODY.getBytes(StandardCharsets.UTF_8), 1_000)
                .orElseThrow();
    }

    @Test
    void everyReaderGetsThePageWithTheirOwnNonceInBodyAndPolicy() {
        PageCopy copy = copy();
        assertEquals(BODY.replace(NONCE, "abc123"), copy.body("abc123"));
        assertEquals(
                List.of(
                        HEADERS.get(0),
                        new PageCopy.Header("Content-Security-Policy", "script-src 'self' 'nonce-abc123';", true),
                        HEADERS.get(2)),
                copy.headers("abc123"),
                "headers in order, set or added as they were");
        assertEquals(
                copy.body("abc123").getBytes(StandardCharsets.UTF_8).length,
                copy.length("abc123"),
                "the length counts bytes, Korean included");
    }

    @Test
    void aPageWithoutANonceIsKeptWholeAndOneWithTwoNoncesNotAtAll() {
        List<PageCopy.Header> plain = List.of(new PageCopy.Header("X-Content-Type-Options", "nosniff", false));
        PageCopy copy = PageCopy.of("text/html", plain, "<p>x</p>".getBytes(StandardCharsets.UTF_8), 1_000)
                .orElseThrow();
        assertEquals("<p>x</p>", copy.body("whatever"));
        List<PageCopy.Header> two = List.of(
                new PageCopy.Header("Content-Security-Policy", "script-src 'nonce-aaaaaaaaaaaa'", true),
                new PageCopy.Header("Content-Security-Policy", "script-src 'nonce-bbbbbbbbbbbb'", true));
        assertTrue(PageCopy.of("text/html", two, new byte[0], 1_000).isEmpty(), "which nonce to replace is unclear");
    }

    @Test
    void aCopyIsFreshUntilItExpires() {
        PageCopy copy = copy();
        assertTrue(copy.freshAt(999));
        assertFalse(copy.freshAt(1_000));
    }

    @Test
    void newNoncesAreUnguessableAndUsableInAPolicy() {
        String one = PageCopy.newNonce();
        assertNotEquals(one, PageCopy.newNonce());
        assertTrue(one.matches("[A-Za-z0-9+/=]{24}"), one);
    }
}
