package org.policyforum.web.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rendered page kept for readers: its body and the headers its rendering set, with every occurrence of the page's
 * CSP nonce cut out. Each reader gets the copy with a nonce of its own, so the cache never hands two readers the same
 * nonce (a shared nonce would let anything injected into one copy run in all of them).
 */
public final class PageCopy {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]{8,})'");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String contentType;
    private final List<Header> headers;
    private final List<byte[]> parts;
    private final long expiresAt;

    /** A header as the rendering set ({@code added} false) or added it. */
    public record Header(String name, String value, boolean added) {}

    private PageCopy(String contentType, List<Header> headers, List<byte[]> parts, long expiresAt) {
        this.contentType = contentType;
        this.headers = headers;
        this.parts = parts;
        this.expiresAt = expiresAt;
    }

    /**
     * A copy of a rendered page, valid until {@code expiresAt} (milliseconds). Header values are kept in the order
     * they were set; the nonce is found in the {@code Content-Security-Policy} header. A page whose headers name no
     * nonce is kept whole; one that names two different nonces cannot be copied safely: empty.
     */
    public static Optional<PageCopy> of(String contentType, List<Header> headers, byte[] body, long expiresAt) {
        String nonce = null;
        for (Header header : headers) {
            if ("Content-Security-Policy".equalsIgnoreCase(header.name())) {
                Matcher matcher = NONCE.matcher(header.value());
                while (matcher.find()) {
                    if (nonce != null && !nonce.equals(matcher.group(1))) {
                        return Optional.empty();
                    }
                    nonce = matcher.group(1);
                }
            }
        }
        // a header value is kept with the nonce as its separator, like the body
        List<Header> splitHeaders = new ArrayList<>();
        for (Header header : headers) {
            splitHeaders.add(new Header(
                    header.name(), header.value().replace(nonce == null ? "\0" : nonce, "\0"), header.added()));
        }
        String text = new String(body, StandardCharsets.UTF_8);
        List<byte[]> parts = new ArrayList<>();
        for (String part : split(text, nonce)) {
            parts.add(part.getBytes(StandardCharsets.UTF_8));
        }
        return Optional.of(new PageCopy(contentType, List.copyOf(splitHeaders), List.copyOf(parts), expiresAt));
    }

    /** The text in the parts between the nonce's occurrences; the whole text when there is no nonce. */
    static String[] split(String text, String nonce) {
        return nonce == null ? new String[] {text} : text.split(Pattern.quote(nonce), -1);
    }

    /** A fresh nonce, as unguessable as the one PrimeFaces makes for each response. */
    public static String newNonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    public boolean freshAt(long now) {
        return now < expiresAt;
    }

    public String contentType() {
        return contentType;
    }

    /** The headers as the rendering set them, in order, with {@code nonce} in place of the original one. */
    public List<Header> headers(String nonce) {
        List<Header> result = new ArrayList<>(headers.size());
        for (Header header : headers) {
            result.add(new Header(header.name(), header.value().replace("\0", nonce), header.added()));
        }
        return result;
    }

    public int length(String nonce) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        return length + (parts.size() - 1) * nonce.getBytes(StandardCharsets.UTF_8).length;
    }

    public void writeTo(OutputStream out, String nonce) throws IOException {
        byte[] nonceBytes = nonce.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.write(nonceBytes);
            }
            out.write(parts.get(i));
        }
    }

    /** The body with {@code nonce}: for tests and logs. */
    public String body(String nonce) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writeTo(out, nonce);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
