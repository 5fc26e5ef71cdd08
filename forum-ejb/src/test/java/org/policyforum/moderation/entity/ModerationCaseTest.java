package org.policyforum.moderation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.policyforum.moderation.entity.ModerationCase.State;

class ModerationCaseTest {

    static final Instant T = Instant.parse("2026-12-05T01:00:00Z");

    static ModerationCase open() {
        return new ModerationCase(ReportTarget.OPINION, 7, T);
    }

    /** A case as the reports left it once they reached the threshold (the database's statement does this). */
    static ModerationCase hiddenByReports() throws Exception {
        ModerationCase c = open();
        var state = ModerationCase.class.getDeclaredField("state");
        state.setAccessible(true);
        state.set(c, State.HIDDEN);
        return c;
    }

    @Test
    void theFirstReportOpensACaseThatAwaitsAModerator() {
        ModerationCase c = open();
        assertEquals(State.OPEN, c.getState());
        assertEquals(1, c.getCounted());
        assertTrue(c.isAwaitingReview());
    }

    @Test
    void aModeratorDismissesAnOpenCaseButCannotRestoreAVisibleItem() {
        ModerationCase c = open();
        assertThrows(IllegalStateException.class, () -> c.restore(1, "보이는 글", T));
        c.dismiss(1, "근거 없음", T);
        assertEquals(State.DISMISSED, c.getState());
        assertEquals(0, c.getCounted(), "the reports counted so far count no more");
        assertFalse(c.isAwaitingReview());
        assertThrows(IllegalStateException.class, () -> c.hide(1, "다시", T), "a decision is final");
    }

    @Test
    void aHiddenItemIsRestoredOrItsHidingConfirmedButNotDismissed() throws Exception {
        ModerationCase restored = hiddenByReports();
        assertTrue(restored.isAwaitingReview(), "hidden by the reports, not yet looked at");
        assertThrows(IllegalStateException.class, () -> restored.dismiss(1, "기각", T));
        restored.restore(1, "문제 없음", T.plusSeconds(60));
        assertEquals(State.RESTORED, restored.getState());
        assertEquals(0, restored.getCounted());
        assertEquals("문제 없음", restored.getDecisionReason());
        assertThrows(IllegalStateException.class, () -> restored.restore(1, "또", T));

        ModerationCase confirmed = hiddenByReports();
        confirmed.hide(1, "욕설", T);
        assertEquals(State.HIDDEN, confirmed.getState());
        assertFalse(confirmed.isAwaitingReview(), "a moderator's hiding closes the case");
    }

    @Test
    void aModeratorHidesAnOpenCaseAndItIsClosed() {
        ModerationCase c = open();
        c.hide(1, "개인정보", T);
        assertEquals(State.HIDDEN, c.getState());
        assertEquals(T, c.getHiddenAt());
        assertFalse(c.isAwaitingReview());
    }

    @Test
    void aReportForAnotherReasonSaysWhich() {
        ReportReason other = new ReportReason("OTHER", "기타", "Other", true, 6);
        ReportReason spam = new ReportReason("SPAM", "스팸·광고", "Spam or advertising", false, 1);
        assertThrows(IllegalArgumentException.class, () -> new Report(ReportTarget.COMMENT, 1, 2, other, " ", T));
        assertEquals(spam, new Report(ReportTarget.COMMENT, 1, 2, spam, null, T).getReason());
        assertEquals(
                "기타",
                new Report(ReportTarget.COMMENT, 1, 2, other, "광고", T)
                        .getReason()
                        .label(Locale.KOREAN));
    }

    @Test
    void aReasonHasACodeOfCapitalsAndTwoLabels() {
        assertThrows(IllegalArgumentException.class, () -> new ReportReason("spam", "스팸", "Spam", false, 1));
        assertThrows(IllegalArgumentException.class, () -> new ReportReason("", "스팸", "Spam", false, 1));
        assertThrows(IllegalArgumentException.class, () -> new ReportReason("SPAM", " ", "Spam", false, 1));
        ReportReason reason = new ReportReason("HATE_SPEECH2", "혐오 표현", "Hate speech", false, 7);
        assertEquals("Hate speech", reason.label(Locale.ENGLISH));
        assertEquals("혐오 표현", reason.toLabel().label(Locale.KOREAN));
        assertTrue(reason.isActive());
        reason.deactivate();
        assertFalse(reason.isActive());
        reason.relabel("혐오", "Hate", true);
        assertTrue(reason.needsText());
        assertEquals("Hate", reason.toLabel().label(Locale.ENGLISH));
    }

    @Test
    void screeningHoldsANewItemHiddenAwaitingAModeratorWithoutAReport() {
        ModerationCase c = ModerationCase.held(ReportTarget.COMMENT, 9, ModerationCase.HeldFor.BANNED_WORD, T);
        assertEquals(State.HIDDEN, c.getState());
        assertEquals(0, c.getCounted());
        assertEquals(T, c.getHiddenAt());
        assertEquals(ModerationCase.HeldFor.BANNED_WORD, c.getHeldFor());
        assertTrue(c.isAwaitingReview());
        c.restore(1, "문제 없음", T.plusSeconds(60));
        assertFalse(c.isAwaitingReview());
    }

    @Test
    void anEditIsHeldAgainAfterARestoreButNotOverAModeratorsHiding() {
        ModerationCase restored = ModerationCase.held(ReportTarget.OPINION, 7, ModerationCase.HeldFor.CONTACT, T);
        restored.restore(1, "괜찮음", T.plusSeconds(60));
        assertTrue(restored.hold(ModerationCase.HeldFor.BANNED_WORD, T.plusSeconds(120)));
        assertEquals(State.HIDDEN, restored.getState());
        assertTrue(restored.isAwaitingReview(), "the moderator's earlier decision does not cover the new words");
        assertEquals(null, restored.getDecisionReason());

        ModerationCase open = open();
        assertTrue(open.hold(ModerationCase.HeldFor.CONTACT, T.plusSeconds(5)));
        assertEquals(State.HIDDEN, open.getState());
        assertEquals(0, open.getCounted());

        ModerationCase hidden = open();
        hidden.hide(1, "욕설", T.plusSeconds(5));
        assertFalse(hidden.hold(ModerationCase.HeldFor.BANNED_WORD, T.plusSeconds(10)));
        assertEquals("욕설", hidden.getDecisionReason(), "a moderator's hiding stands");
    }
}
