package org.policyforum.poll.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.policyforum.member.entity.Role;
import org.policyforum.platform.entity.RuleViolation;

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
        assertEquals(
                "poll.closed",
                assertThrows(RuleViolation.class, () -> poll.close(later.plusSeconds(1)))
                        .messageKey());
    }

    @Test
    void aPollHasTwoToTenDistinctOptionsAndAChoiceLimitWithinThem() {
        Instant opens = NOW;
        Instant closes = NOW.plus(Duration.ofDays(1));
        assertEquals(
                "poll.options.count",
                assertThrows(RuleViolation.class, () -> poll(List.of("a"), 1, opens, closes))
                        .messageKey());
        assertEquals(
                "poll.options.count",
                assertThrows(
                                RuleViolation.class,
                                () -> poll(
                                        List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"),
                                        1,
                                        opens,
                                        closes))
                        .messageKey());
        assertEquals(
                "poll.options.duplicate",
                assertThrows(RuleViolation.class, () -> poll(List.of("a", "a"), 1, opens, closes))
                        .messageKey());
        assertEquals(
                "poll.maxChoices.range",
                assertThrows(RuleViolation.class, () -> poll(List.of("a", "b"), 3, opens, closes))
                        .messageKey());
        assertEquals(
                "poll.closesAt.beforeOpen",
                assertThrows(RuleViolation.class, () -> poll(List.of("a", "b"), 1, closes, opens))
                        .messageKey());
        assertEquals(
                "poll.closesAt.past",
                assertThrows(
                                RuleViolation.class,
                                () -> poll(
                                        List.of("a", "b"),
                                        1,
                                        NOW.minus(Duration.ofDays(2)),
                                        NOW.minus(Duration.ofDays(1))))
                        .messageKey());
        assertEquals(
                10,
                poll(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"), 10, opens, closes)
                        .getOptions()
                        .size());
    }

    @Test
    void aBallotMarksAtLeastOneAndAtMostTheLimit() {
        Poll poll = poll(List.of("a", "b", "c"), 2, NOW, NOW.plus(Duration.ofDays(1)));
        assertEquals(
                "ballot.choices.required",
                assertThrows(RuleViolation.class, () -> poll.checkChoices(java.util.Set.of()))
                        .messageKey());
        assertEquals(
                "ballot.choices.tooMany",
                assertThrows(RuleViolation.class, () -> poll.checkChoices(java.util.Set.of(1L, 2L, 3L)))
                        .messageKey());
        // options of an unsaved poll have no ids yet, so any id is another poll's option
        assertEquals(
                "ballot.choices.notOfPoll",
                assertThrows(RuleViolation.class, () -> poll.checkChoices(java.util.Set.of(1L)))
                        .messageKey());
    }

    @Test
    void citizensMayVoteAndInAYouthPollOnlyTheYouthPanel() {
        Instant closes = NOW.plus(Duration.ofDays(1));
        Poll all = poll(List.of("a", "b"), 1, NOW, closes);
        Poll youth = new Poll(null, "질문", List.of("a", "b"), 1, NOW, closes, Eligibility.YOUTH, true, false, null, NOW);
        Set<Role> citizen = EnumSet.of(Role.CITIZEN);
        Set<Role> panelist = EnumSet.of(Role.CITIZEN, Role.YOUTH_PANELIST);
        assertTrue(all.admits(citizen));
        assertTrue(all.admits(panelist));
        assertFalse(all.admits(EnumSet.of(Role.OFFICIAL)), "staff vote as citizens or not at all");
        assertFalse(
                all.admits(EnumSet.noneOf(Role.class)), "an unverified (or inactive) member: no roles from the query");
        assertFalse(youth.admits(citizen));
        assertTrue(youth.admits(panelist));
        assertFalse(youth.admits(EnumSet.of(Role.YOUTH_PANELIST)), "the youth panel is of verified citizens");
    }
}
