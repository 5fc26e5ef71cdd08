package org.policyforum.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyforum.topic.entity.Forum;

/** The v1 reads' query parameters and their ETag comparison, without a server. */
class ReadParametersTest {

    @Test
    void pagingDefaultsAndBounds() {
        assertEquals(new Paging(1, 20), Paging.of(null, ""));
        assertEquals(new Paging(3, 100), Paging.of("3", "100"));
        assertEquals(50, Paging.of("2", "50").first());
        assertEquals(new Paging(1, 20), Paging.of(null, null, 50));
        for (List<String> bad : List.of(
                List.of("0", "20"),
                List.of("-1", "20"),
                List.of("1.5", "20"),
                List.of("abc", "20"),
                List.of("99999999999999999999", "20"),
                List.of("100001", "20"),
                List.of("1", "101"),
                List.of("1", "0"),
                List.of("1", " 5"),
                List.of("+1", "20"))) {
            BadParameter refused =
                    assertThrows(BadParameter.class, () -> Paging.of(bad.get(0), bad.get(1)), bad::toString);
            assertEquals(bad.get(0).equals("1") ? "size" : "page", refused.parameter(), bad::toString);
        }
        assertEquals(
                "size",
                assertThrows(BadParameter.class, () -> Paging.of("1", "51", 50)).parameter());
    }

    @Test
    void choicesAndMonthsAreExact() {
        assertEquals(Forum.YOUTH, Parameters.choice("forum", "YOUTH", Forum.class, Forum.MAIN));
        assertEquals(Forum.MAIN, Parameters.choice("forum", null, Forum.class, Forum.MAIN));
        assertThrows(BadParameter.class, () -> Parameters.choice("forum", "youth", Forum.class, Forum.MAIN));
        assertEquals(YearMonth.of(2026, 11), Parameters.month("month", "2026-11"));
        assertNull(Parameters.month("month", ""));
        for (String bad : List.of("2026-13", "2026-1", "26-11-01", "+2026-11", "november")) {
            assertThrows(BadParameter.class, () -> Parameters.month("month", bad), bad);
        }
    }

    @Test
    void ifNoneMatchComparesWeaklyAndTagsFollowTheBytes() {
        String tag = ReadAnswers.tagOf("{\"a\":1}");
        assertEquals(tag, ReadAnswers.tagOf("{\"a\":1}"));
        assertFalse(tag.equals(ReadAnswers.tagOf("{\"a\":2}")));
        assertTrue(ReadAnswers.matches("\"" + tag + "\"", tag));
        assertTrue(ReadAnswers.matches("W/\"" + tag + "\"", tag));
        assertTrue(ReadAnswers.matches("\"x\", \"" + tag + "\"", tag));
        assertTrue(ReadAnswers.matches("*", tag));
        assertFalse(ReadAnswers.matches(null, tag));
        assertFalse(ReadAnswers.matches(tag, tag), "a tag without its quotes is not the tag");
        assertFalse(ReadAnswers.matches("\"" + tag + "x\"", tag));
    }
}
