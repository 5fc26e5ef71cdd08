package org.policyforum.poll.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyforum.platform.boundary.RuleViolation;

class PollTest {

    static final Instant NOW = Instant.parse("2026-11-27T01:00:00Z");

    static Poll poll(List<String> options, int maxChoices, Instant opens, Instant closes) {
        return new Poll(null, "질문", options, maxChoices, opens, closes, Eligibility.ALL, true, false, null, NOW);
    }

    @Test
    void thePhaseFollowsTheTimesAlone() {
        Poll poll = poll(List.of("a", "b"), 1, NOW.plus(Duration.ofHours(1)), NOW.plus(Duration.ofDays(1)));
        assertEquals(Phase.UPCOMING, poll.phase(NOW));
        assertEquals(Phase.OPEN, poll.phase(NOW.plus(Duration.ofHours(1))));
        assertEquals(Phase.CLOSED, poll.phase(NOW.plus(Duration.ofDays(1))));
    }

    @Test
    void closingEarlyFreezesThePollFromNowOn() {
        Poll poll = poll(List.of("a", "b"), 1, NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofDays(1)));
        Instant later = NOW.plus(Duration.ofMinutes(5));
        poll.close(later);
        assertEquals(later, poll.getClosesAt());
        assertEquals(Phase.CLOSED, poll.phase(later));
        assertEquals("poll.closed", assertThrows(RuleViolation.class, () -> poll.close(later.plusSeconds(1))).messageKey());
    }

    @Test
    void aPollHasTwoToTenDistinctOptionsAndAChoiceLimitWithinThem() {
        Instant opens = NOW;
        Instant closes = NOW.plus(Duration.ofDays(1));
        assertEquals("poll.options.count", assertThrows(RuleViolation.class, () -> poll(List.of("a"), 1, opens, closes)).messageKey());
        assertEquals("poll.options.count", assertThrows(RuleViolation.class,
                () -> poll(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"), 1, opens, closes)).messageKey());
        assertEquals("poll.options.duplicate", assertThrows(RuleViolation.class, () -> poll(List.of("a", "a"), 1, opens, closes)).messageKey());
        assertEquals("poll.maxChoices.range", assertThrows(RuleViolation.class, () -> poll(List.of("a", "b"), 3, opens, closes)).messageKey());
        assertEquals("poll.closesAt.beforeOpen", assertThrows(RuleViolation.class, () -> poll(List.of("a", "b"), 1, closes, opens)).messageKey());
        assertEquals("poll.closesAt.past", assertThrows(RuleViolation.class,
                () -> poll(List.of("a", "b"), 1, NOW.minus(Duration.ofDays(2)), NOW.minus(Duration.ofDays(1)))).messageKey());
        assertEquals(10, poll(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"), 10, opens, closes).getOptions().size());
    }

    @Test
    void aBallotMarksAtLeastOneAndAtMostTheLimit() {
        Poll poll = poll(List.of("a", "b", "c"), 2, NOW, NOW.plus(Duration.ofDays(1)));
        assertEquals("ballot.choices.required", assertThrows(RuleViolation.class, () -> poll.checkChoices(java.util.Set.of())).messageKey());
        assertEquals("ballot.choices.tooMany", assertThrows(RuleViolation.class, () -> poll.checkChoices(java.util.Set.of(1L, 2L, 3L))).messageKey());
        // options of an unsaved poll have no ids yet, so any id is another poll's option
        assertEquals("ballot.choices.notOfPoll", assertThrows(RuleViolation.class, () -> poll.checkChoices(java.util.Set.of(1L))).messageKey());
    }
}
