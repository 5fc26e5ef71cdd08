package org.policyforum.award.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.policyforum.topic.entity.Forum;

class AwardRoundTest {

    static final Instant OPENS = Instant.parse("2026-12-01T00:00:00Z");
    static final Instant CLOSES = Instant.parse("2026-12-08T00:00:00Z");

    AwardRound round() {
        return new AwardRound(
                Forum.MAIN, YearMonth.of(2026, 11), 3, 5, 1, true, OPENS, CLOSES, OPENS.minusSeconds(3600));
    }

    @Test
    void theClockMovesTheRoundThroughNominationVotingAndSelection() {
        AwardRound round = round();
        assertEquals(RoundPhase.NOMINATION, round.phase(OPENS.minusMillis(1)));
        assertEquals(RoundPhase.VOTING, round.phase(OPENS));
        assertEquals(RoundPhase.VOTING, round.phase(CLOSES.minusMillis(1)));
        assertEquals(RoundPhase.SELECTION, round.phase(CLOSES));
    }

    @Test
    void operatorsMoveItByHandAndConfirmBeforeAnnouncing() {
        AwardRound round = round();
        Instant early = OPENS.minusSeconds(60);
        assertThrows(IllegalStateException.class, () -> round.closeVotingNow(early));
        round.openVotingNow(early);
        assertEquals(RoundPhase.VOTING, round.phase(early));
        assertThrows(IllegalStateException.class, () -> round.announce(early));
        round.closeVotingNow(early.plusSeconds(1));
        assertEquals(RoundPhase.SELECTION, round.phase(early.plusSeconds(1)));
        assertThrows(IllegalStateException.class, () -> round.announce(early.plusSeconds(2)));
        round.confirm(early.plusSeconds(2));
        round.announce(early.plusSeconds(3));
        assertEquals(RoundPhase.ANNOUNCED, round.phase(CLOSES.plusSeconds(1)));
    }

    @Test
    void settingsStayInRange() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new AwardRound(Forum.MAIN, YearMonth.of(2026, 11), 0, 0, 1, true, OPENS, CLOSES, OPENS));
        assertThrows(
                IllegalArgumentException.class,
                () -> new AwardRound(Forum.MAIN, YearMonth.of(2026, 11), 3, 5, 0, true, OPENS, CLOSES, OPENS));
        assertThrows(
                IllegalArgumentException.class,
                () -> new AwardRound(Forum.MAIN, YearMonth.of(2026, 11), 3, 5, 1, true, CLOSES, OPENS, OPENS));
    }
}
