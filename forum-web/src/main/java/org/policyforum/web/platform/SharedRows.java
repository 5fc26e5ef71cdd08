package org.policyforum.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The copies of {@link SharedRow}s, per key. A key holds everything a row shows, so a copy is never stale for its
 * key: a new reaction, edit or comment makes a new key (the row's record differs), and the page that reads its own
 * write renders it. Copies are dropped after {@link #KEPT_SECONDS} (what no key names, such as a template after a
 * redeployment, is never older than that) and all at once when there are more than {@link #MOST}, so memory stays
 * bounded whatever the keys (a member's row of the bench's hot topic is 12 KB of text, up to twice that in memory: at
 * most about 50 MB).
 */
@ApplicationScoped
public class SharedRows {

    static final long KEPT_SECONDS = 60;
    static final int MOST = 2_000;

    /** What a row's markup depends on; see {@link SharedRow}. */
    public record Key(String row, Object value, List<?> context) {}

    /**
     * A row's markup in the parts between its script nonces (each page writes its own between them), and its buttons'
     * click handlers.
     */
    public record Copy(List<String> parts, Map<String, Map<String, String>> handlers) {

        static Copy of(String html, String nonce, Map<String, Map<String, String>> handlers) {
            return new Copy(List.of(PageCopy.split(html, nonce)), handlers);
        }

        void writeTo(Writer writer, String nonce) throws IOException {
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    writer.write(nonce);
                }
                writer.write(parts.get(i));
            }
        }
    }

    private record Kept(Copy copy, long madeNanos) {}

    private final Map<Key, Kept> copies = new ConcurrentHashMap<>();
    /** The clock; a test sets its own. */
    LongSupplier nanos = System::nanoTime;

    /** The copy for this key, if one was made within {@link #KEPT_SECONDS}. */
    Copy find(Key key) {
        Kept kept = copies.get(key);
        if (kept == null) {
            return null;
        }
        if (nanos.getAsLong() - kept.madeNanos() > TimeUnit.SECONDS.toNanos(KEPT_SECONDS)) {
            copies.remove(key, kept);
            return null;
        }
        return kept.copy();
    }

    void keep(Key key, Copy copy) {
        if (copies.size() >= MOST) {
            copies.clear();
        }
        copies.put(key, new Kept(copy, nanos.getAsLong()));
    }
}
