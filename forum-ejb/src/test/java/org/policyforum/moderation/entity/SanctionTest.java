package org.policyforum.moderation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SanctionTest {

    static final Instant T = Instant.parse("2026-12-05T01:00:00Z");
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Test
    void aSuspensionLastsOneTo365DaysAndEndsOnTheOrganisationsWallClock() {
        assertThrows(IllegalArgumentException.class, () -> Sanction.suspension(2, 0, "스팸", 1, T, SEOUL));
        assertThrows(IllegalArgumentException.class, () -> Sanction.suspension(2, 366, "스팸", 1, T, SEOUL));
        assertEquals(
                T.plus(Duration.ofDays(1)),
                Sanction.suspension(2, 1, "스팸", 1, T, SEOUL).getEndsAt());
        assertEquals(
                T.plus(Duration.ofDays(365)),
                Sanction.suspension(2, 365, "스팸", 1, T, SEOUL).getEndsAt());
        // in a zone with daylight saving, 7 calendar days across the change end at the same wall-clock time
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant beforeChange = Instant.parse("2026-03-25T10:00:00Z");
        Sanction s = Sanction.suspension(2, 7, "스팸", 1, beforeChange, berlin);
        assertEquals(
                beforeChange.atZone(berlin).toLocalTime(),
                s.getEndsAt().atZone(berlin).toLocalTime());
        assertEquals(Duration.ofDays(7).minusHours(1), Duration.between(beforeChange, s.getEndsAt()));
    }

    @Test
    void aSuspensionRestrictsWritingUntilItsEndAndThenByItselfNoMore() {
        Sanction s = Sanction.suspension(2, 3, "욕설", 1, T, SEOUL);
        assertTrue(s.restrictsWritingAt(T));
        assertTrue(s.restrictsWritingAt(s.getEndsAt().minusSeconds(1)));
        assertFalse(s.restrictsWritingAt(s.getEndsAt()));
        assertFalse(s.isInForce(s.getEndsAt()));
    }

    @Test
    void aWarningRestrictsNothingAndABlockHasNoEnd() {
        Sanction warning = Sanction.warning(2, "주의", 1, T);
        assertTrue(warning.isInForce(T));
        assertFalse(warning.restrictsWritingAt(T));
        assertNull(warning.getEndsAt());
        Sanction block = Sanction.block(2, "반복된 스팸", 1, T);
        assertNull(block.getEndsAt());
        assertTrue(block.restrictsWritingAt(T.plus(Duration.ofDays(10_000))));
    }

    @Test
    void nobodySanctionsThemselvesAndEverySanctionSaysWhy() {
        assertThrows(IllegalArgumentException.class, () -> Sanction.block(1, "나", 1, T));
        assertThrows(IllegalArgumentException.class, () -> Sanction.warning(2, " ", 1, T));
        assertThrows(IllegalArgumentException.class, () -> Sanction.warning(2, null, 1, T));
    }

    @Test
    void aSanctionInForceIsLiftedOnceWithAReasonAndThenRestrictsNoMore() {
        Sanction s = Sanction.block(2, "스팸", 1, T);
        assertThrows(IllegalArgumentException.class, () -> s.lift(3, "", T));
        s.lift(3, "착오", T.plusSeconds(60));
        assertFalse(s.restrictsWritingAt(T.plusSeconds(61)));
        assertEquals(3L, s.getLiftedBy());
        assertEquals("착오", s.getLiftReason());
        assertThrows(IllegalStateException.class, () -> s.lift(3, "다시", T.plusSeconds(120)));
        Sanction ended = Sanction.suspension(2, 1, "스팸", 1, T, SEOUL);
        assertThrows(IllegalStateException.class, () -> ended.lift(3, "늦게", T.plus(Duration.ofDays(2))));
    }

    @Test
    void theMemberAppealsOnce() {
        Sanction s = Sanction.suspension(2, 7, "스팸", 1, T, SEOUL);
        assertFalse(s.isAppealed());
        assertThrows(IllegalArgumentException.class, () -> s.appeal(" ", T));
        s.appeal("광고가 아니었습니다", T.plusSeconds(5));
        assertTrue(s.isAppealed());
        assertEquals(T.plusSeconds(5), s.getAppealedAt());
        assertThrows(IllegalStateException.class, () -> s.appeal("다시", T.plusSeconds(6)));
        assertEquals("광고가 아니었습니다", s.getAppeal());
    }
}
