package org.policyforum.idea.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.Role;

class IdeaTest {

    static final Instant NOW = Instant.parse("2026-12-05T01:00:00Z");

    static Idea idea() {
        Member author = Member.staff("작성자", "a@example.org", "hash", Locale.KOREAN, NOW, Role.CITIZEN);
        return new Idea(
                author, "자전거도로 확충", "본문", new IdeaCategory("교통", "Transport", 1), null, NOW, Duration.ofDays(30));
    }

    @Test
    void onlyTheMovesOfTheStateMachineAreAllowed() {
        EnumSet<IdeaState> fromSubmitted = EnumSet.of(
                IdeaState.UNDER_REVIEW, IdeaState.DECLINED, IdeaState.WITHDRAWN, IdeaState.MERGED, IdeaState.EXPIRED);
        for (IdeaState target : IdeaState.values()) {
            Idea idea = idea();
            if (fromSubmitted.contains(target)) {
                assertEquals(target, idea.moveTo(target, "이유", null, NOW).getState());
            } else {
                assertThrows(IllegalStateException.class, () -> idea.moveTo(target, "이유", null, NOW), target::name);
            }
        }
        Idea idea = idea();
        idea.moveTo(IdeaState.UNDER_REVIEW, "검토", null, NOW);
        assertThrows(IllegalStateException.class, () -> idea.moveTo(IdeaState.IMPLEMENTED, "x", null, NOW));
        idea.moveTo(IdeaState.ACCEPTED, "채택", null, NOW);
        assertThrows(IllegalStateException.class, () -> idea.moveTo(IdeaState.DECLINED, "x", null, NOW));
        assertThrows(IllegalStateException.class, () -> idea.moveTo(IdeaState.WITHDRAWN, null, null, NOW));
        IdeaEvent done = idea.moveTo(IdeaState.IMPLEMENTED, "시행", null, NOW.plusSeconds(60));
        assertEquals("시행", done.getReason());
        assertEquals(NOW.plusSeconds(60), done.getHappenedAt());
        for (IdeaState target : IdeaState.values()) {
            assertThrows(IllegalStateException.class, () -> idea.moveTo(target, "x", null, NOW));
        }
    }

    @Test
    void theAuthorEditsOnlyWhileNobodySupportsItAndTheOldWordsAreKept() {
        Idea idea = idea();
        IdeaRevision earlier = idea.edit("새 제목", "새 본문", NOW);
        assertEquals("자전거도로 확충", earlier.getTitle());
        assertEquals("새 제목", idea.getTitle());
        idea.countSupport();
        assertFalse(idea.isEditable());
        assertThrows(IllegalStateException.class, () -> idea.edit("또", "또", NOW));
        idea.uncountSupport();
        idea.moveTo(IdeaState.UNDER_REVIEW, "검토", null, NOW);
        assertThrows(IllegalStateException.class, () -> idea.edit("또", "또", NOW));
    }

    @Test
    void supportsAreTakenOnlyWhileTheWindowIsOpenAndTheStateAllows() {
        Idea idea = idea();
        assertTrue(idea.isSupportable(NOW));
        assertTrue(idea.isSupportable(NOW.plus(Duration.ofDays(30)).minusSeconds(1)));
        assertFalse(idea.isSupportable(NOW.plus(Duration.ofDays(30))));
        idea.moveTo(IdeaState.DECLINED, "중복", null, NOW);
        assertFalse(idea.isSupportable(NOW));
    }

    @Test
    void aSupportCountNeverGoesBelowZero() {
        Idea idea = idea();
        assertEquals(1, idea.countSupport());
        assertEquals(0, idea.uncountSupport());
        assertEquals(0, idea.uncountSupport());
    }

    @Test
    void anAnswerThatDoesNotTakeTheIdeaUpSaysWhy() {
        for (IdeaAnswer.Verdict verdict : IdeaAnswer.Verdict.values()) {
            if (verdict.needsReason()) {
                assertThrows(
                        IllegalArgumentException.class,
                        () -> new IdeaAnswer(1, null, 2, verdict, "<p>답변</p>", " ", NOW),
                        verdict::name);
            }
            assertEquals(verdict, new IdeaAnswer(1, null, 2, verdict, "<p>답변</p>", "이유", NOW).getVerdict());
        }
        assertEquals(IdeaState.DECLINED, IdeaAnswer.Verdict.DECLINED.ideaState());
        assertEquals(IdeaState.ACCEPTED, IdeaAnswer.Verdict.PARTLY.ideaState());
    }

    @Test
    void moderationHidesAnIdeaApartFromItsStateAndStopsSupportsAndEditsUntilRestored() {
        Idea idea = idea();
        assertTrue(idea.isVisible());
        idea.hide(null);
        assertTrue(idea.isHidden());
        assertFalse(idea.isVisible());
        assertEquals(IdeaState.SUBMITTED, idea.getState());
        assertEquals(null, idea.getHiddenReason());
        assertFalse(idea.isSupportable(NOW));
        assertFalse(idea.isEditable());
        assertThrows(IllegalStateException.class, () -> idea.edit("새", "새", NOW));
        idea.hide("개인정보");
        assertEquals("개인정보", idea.getHiddenReason());
        idea.restore();
        assertTrue(idea.isVisible());
        assertEquals(null, idea.getHiddenReason());
        assertTrue(idea.isSupportable(NOW));
        assertThrows(IllegalStateException.class, idea::restore);
    }

    @Test
    void aWithdrawnIdeaIsNotHiddenAndNotVisible() {
        Idea idea = idea();
        idea.moveTo(IdeaState.WITHDRAWN, null, "idea.reason.withdrawn", NOW);
        assertFalse(idea.isVisible());
        assertThrows(IllegalStateException.class, () -> idea.hide("x"));
        assertFalse(idea.isHidden());
    }
}
