package org.policyforum.idea.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyforum.idea.entity.SupportTier.Plan;

class SupportTierTest {

    static Plan tier(int supports, Obligation obliges, Integer days) {
        return new Plan(null, supports, obliges, days, null);
    }

    @Test
    void seoulsDefaultTiersHold() {
        assertNull(SupportTier.checkPlan(List.of(
                tier(50, Obligation.BUREAU_ANSWER, 14),
                tier(100, Obligation.TOPIC_SUGGESTION, null),
                tier(1000, Obligation.MAYOR_ANSWER, 30))));
    }

    @Test
    void tiersMustRiseStrictly() {
        assertEquals(
                "idea.tiers.notIncreasing",
                SupportTier.checkPlan(
                        List.of(tier(100, Obligation.BUREAU_ANSWER, 14), tier(50, Obligation.MAYOR_ANSWER, 30))));
        assertEquals(
                "idea.tiers.notIncreasing",
                SupportTier.checkPlan(
                        List.of(tier(50, Obligation.BUREAU_ANSWER, 14), tier(50, Obligation.MAYOR_ANSWER, 30))));
    }

    @Test
    void emptyOrOutOfRangeTiersAreRefused() {
        assertEquals("idea.tiers.empty", SupportTier.checkPlan(List.of()));
        assertEquals("idea.tiers.supportsRange", SupportTier.checkPlan(List.of(tier(0, Obligation.BUREAU_ANSWER, 14))));
        assertEquals("idea.tiers.daysRange", SupportTier.checkPlan(List.of(tier(5, Obligation.BUREAU_ANSWER, null))));
        assertEquals("idea.tiers.daysRange", SupportTier.checkPlan(List.of(tier(5, Obligation.MAYOR_ANSWER, 366))));
        assertEquals("idea.tiers.obligesRequired", SupportTier.checkPlan(List.of(tier(5, null, 3))));
    }

    @Test
    void anObligationIsDueAfterTheTiersDaysAndOverdueAfterThat() {
        Idea idea = IdeaTest.idea();
        SupportTier tier = new SupportTier(tier(50, Obligation.BUREAU_ANSWER, 14), null);
        AnswerObligation owed = new AnswerObligation(idea, tier, IdeaTest.NOW);
        assertEquals(IdeaTest.NOW.plus(Duration.ofDays(14)), owed.getDueAt());
        assertTrue(owed.isOpen());
        assertFalse(owed.isOverdue(IdeaTest.NOW.plus(Duration.ofDays(14))));
        assertTrue(owed.isOverdue(IdeaTest.NOW.plus(Duration.ofDays(14)).plusSeconds(1)));
        owed.fulfil(IdeaTest.NOW.plus(Duration.ofDays(15)));
        assertFalse(owed.wasOnTime());
        assertTrue(owed.isOverdue(IdeaTest.NOW.plus(Duration.ofDays(20))));
        AnswerObligation suggestion = new AnswerObligation(
                idea, new SupportTier(tier(100, Obligation.TOPIC_SUGGESTION, 9), null), IdeaTest.NOW);
        assertNull(suggestion.getDueAt());
        assertFalse(suggestion.isOpen());
    }
}
