package org.policyforum.award.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policyforum.award.control.Standings.Standing;

class StandingsTest {

    static final Instant T = Instant.parse("2026-11-20T00:00:00Z");

    @Test
    void moreVotesFirstThenWhoeverReachedTheCountEarlier() {
        List<Standing> standings = new ArrayList<>(List.of(
                new Standing(1, 5, T.plusSeconds(30), 100),
                new Standing(2, 7, T.plusSeconds(90), 300),
                new Standing(3, 5, T.plusSeconds(10), 200),
                new Standing(4, 5, T.plusSeconds(10), 150)));
        standings.sort(Standings.ORDER);
        assertEquals(
                List.of(2L, 4L, 3L, 1L),
                standings.stream().map(Standing::nomineeId).toList());
    }

    @Test
    void aMemberWithTwoNomineesTakesOnePlaceAndTheNextMoves() {
        List<Standing> ranked = List.of(
                new Standing(1, 9, T, 1),
                new Standing(2, 8, T, 2),
                new Standing(3, 7, T, 3),
                new Standing(4, 6, T, 4),
                new Standing(5, 5, T, 5));
        Map<Long, Long> author = Map.of(1L, 10L, 2L, 10L, 3L, 30L, 4L, 40L, 5L, 50L);
        assertEquals(
                List.of(1L, 3L, 4L),
                Standings.winners(ranked, 3, author::get).stream()
                        .map(Standing::nomineeId)
                        .toList());
        assertEquals(
                List.of(1L),
                Standings.winners(ranked.subList(0, 2), 3, author::get).stream()
                        .map(Standing::nomineeId)
                        .toList(),
                "fewer voted members than places leaves places empty rather than inventing winners");
    }
}
