package org.policyforum.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SharedRowsTest {

    record Row(long id, long agrees, String myReaction) {}

    private final SharedRows rows = new SharedRows();
    private long now = 1_000;

    SharedRowsTest() {
        rows.nanos = () -> now;
    }

    private static SharedRows.Key key(Row row) {
        return new SharedRows.Key("discussion:opinions:0:row", row, List.of("ko", true));
    }

    @Test
    void aCopyIsFoundOnlyByAnEqualKey() {
        SharedRows.Copy copy = SharedRows.Copy.of("<li>1</li>", null, Map.of());
        rows.keep(key(new Row(1, 0, null)), copy);

        assertEquals(copy, rows.find(key(new Row(1, 0, null))), "the same data, another record");
        assertNull(rows.find(key(new Row(1, 1, null))), "a new count is another row");
        assertNull(rows.find(key(new Row(1, 0, "AGREE"))), "the viewer's own reaction is another row");
        assertNull(
                rows.find(new SharedRows.Key("discussion:opinions:1:row", new Row(1, 0, null), List.of("ko", true))),
                "another position names other fields");
        assertNull(
                rows.find(new SharedRows.Key("discussion:opinions:0:row", new Row(1, 0, null), List.of("en", true))),
                "another language");
    }

    @Test
    void eachPageWritesItsOwnNonceIntoTheCopy() throws Exception {
        SharedRows.Copy copy = SharedRows.Copy.of(
                "<script nonce=\"first\">a</script><p>text</p><script nonce=\"first\">b</script>", "first", Map.of());
        StringWriter page = new StringWriter();
        copy.writeTo(page, "second");
        assertEquals(
                "<script nonce=\"second\">a</script><p>text</p><script nonce=\"second\">b</script>", page.toString());
    }

    @Test
    void copiesAreDroppedAfterAMinute() {
        rows.keep(key(new Row(1, 0, null)), SharedRows.Copy.of("<li>1</li>", null, Map.of()));
        now += TimeUnit.SECONDS.toNanos(SharedRows.KEPT_SECONDS);
        assertEquals(List.of("<li>1</li>"), rows.find(key(new Row(1, 0, null))).parts());
        now += 1;
        assertNull(rows.find(key(new Row(1, 0, null))));
    }

    @Test
    void memoryStaysBounded() {
        for (int i = 0; i < SharedRows.MOST; i++) {
            rows.keep(key(new Row(i, 0, null)), SharedRows.Copy.of("<li>" + i + "</li>", null, Map.of()));
        }
        assertEquals(List.of("<li>7</li>"), rows.find(key(new Row(7, 0, null))).parts());
        rows.keep(key(new Row(-1, 0, null)), SharedRows.Copy.of("<li>new</li>", null, Map.of()));
        assertNull(rows.find(key(new Row(7, 0, null))), "all dropped when full");
        assertEquals(
                List.of("<li>new</li>"), rows.find(key(new Row(-1, 0, null))).parts());
    }
}
