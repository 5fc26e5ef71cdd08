package org.policyforum.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalTimesTest {

    static final Instant EVENING_UTC = Instant.parse("2026-12-02T20:05:00Z");
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Test
    void aKoreanReaderReadsSeoulsWallClockInKorean() {
        String text = LocalTimes.dateTime(EVENING_UTC, SEOUL, Locale.KOREAN);
        assertTrue(text.startsWith("2026. 12. 3."), text); // already the next day in Seoul
        assertTrue(text.contains("오전 5:05"), text);
        assertFalse(text.contains("T") || text.contains("Z"), text);
    }

    @Test
    void anEnglishReaderReadsTheSameWallClockInEnglish() {
        String text = LocalTimes.dateTime(EVENING_UTC, SEOUL, Locale.ENGLISH);
        assertTrue(text.contains("Dec 3, 2026"), text);
        assertTrue(text.contains("5:05"), text);
        assertTrue(text.contains("AM"), text);
    }

    @Test
    void theOrganisationsZoneDecidesTheDay() {
        assertTrue(LocalTimes.date(EVENING_UTC, ZoneId.of("Europe/Berlin"), Locale.ENGLISH)
                .contains("Dec 2, 2026"));
        assertTrue(LocalTimes.date(EVENING_UTC, SEOUL, Locale.ENGLISH).contains("Dec 3, 2026"));
    }

    @Test
    void noInstantIsNoText() {
        assertEquals("", LocalTimes.dateTime(null, SEOUL, Locale.KOREAN));
        assertEquals("", LocalTimes.date(null, SEOUL, Locale.KOREAN));
    }
}
