package org.policyforum.moderation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
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
        assertThrows(
                IllegalArgumentException.class,
                () -> new Report(ReportTarget.COMMENT, 1, 2, ReportReason.OTHER, " ", T));
        assertEquals(ReportReason.SPAM, new Report(ReportTarget.COMMENT, 1, 2, ReportReason.SPAM, null, T).getReason());
    }
}
