package org.policyforum.moderation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The hold on one reported item: one row per item (its primary key), so that many reports arriving together count
 * on the same row and the item is hidden exactly once.
 *
 * <p>The rules:
 * <ul>
 * <li>The first report opens the case ({@link State#OPEN}); each further distinct report adds one to {@code counted}.
 * <li>When {@code counted} reaches the organisation's threshold, the one statement that finds the case OPEN moves it
 * to {@link State#HIDDEN} and only that transaction hides the item (awaiting a moderator: {@code decidedAt} null).
 * <li>A moderator then decides once: {@link #hide}, {@link #restore} (only a hidden item) or {@link #dismiss} (only an
 * open one). Each decision is final for the reports counted so far: {@code counted} goes back to zero.
 * <li>A report after a restore or a dismissal (from a member who has not reported the item before: the unique key of
 * the reports) reopens the case and counts from one, so the item is hidden again automatically only when the
 * threshold is reached again by new reporters. An item a moderator hid takes no more reports.
 * <li>Screening may also hold an item as it is written or edited ({@link #held}, {@link #hold}): hidden at once,
 * awaiting a moderator, with no report and {@code heldFor} saying why.
 * </ul>
 */
@Entity
@Table(name = "moderation_case")
@IdClass(ModerationCase.Key.class)
public class ModerationCase {

    public static final int MAX_REASON = 500;

    public enum State {
        OPEN,
        HIDDEN,
        RESTORED,
        DISMISSED
    }

    /** Why screening held an item for a moderator before anybody could read it. */
    public enum HeldFor {
        /** Its text holds a word of the organisation's list. */
        BANNED_WORD,
        /** Its text holds a mobile number or an e-mail address, and the organisation reviews those. */
        CONTACT
    }

    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private ReportTarget targetType;
        private long targetId;

        public Key() {}

        public Key(ReportTarget targetType, long targetId) {
            this.targetType = targetType;
            this.targetId = targetId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && targetType == key.targetType && targetId == key.targetId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(targetType, targetId);
        }
    }

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "target_type")
    private ReportTarget targetType;

    @Id
    @Column(name = "target_id")
    private long targetId;

    @Enumerated(EnumType.STRING)
    private State state;

    private int counted;

    @Column(name = "first_report_at")
    private Instant firstReportAt;

    @Column(name = "last_report_at")
    private Instant lastReportAt;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "held_for")
    private HeldFor heldFor;

    protected ModerationCase() {}

    /** The case of an item that screening holds as it is written: hidden, awaiting a moderator, no report. */
    public static ModerationCase held(ReportTarget type, long targetId, HeldFor why, Instant at) {
        ModerationCase held = new ModerationCase(type, targetId, at);
        held.counted = 0;
        held.holdFor(why, at);
        return held;
    }

    /**
     * Screening holds the item again (its author edited it): from any state but a moderator's hiding, the item is
     * hidden awaiting a moderator. False if a moderator hid it already (it stays hidden, nothing changes).
     */
    public boolean hold(HeldFor why, Instant at) {
        if (state == State.HIDDEN && decidedAt != null) {
            return false;
        }
        if (state != State.HIDDEN) {
            counted = 0;
        }
        holdFor(why, at);
        return true;
    }

    private void holdFor(HeldFor why, Instant at) {
        if (state != State.HIDDEN) {
            hiddenAt = at;
        }
        state = State.HIDDEN;
        heldFor = Objects.requireNonNull(why);
        decidedAt = null;
        decidedBy = null;
        decisionReason = null;
    }

    /** The case the first report opens. */
    public ModerationCase(ReportTarget type, long targetId, Instant at) {
        this.targetType = Objects.requireNonNull(type);
        this.targetId = targetId;
        this.state = State.OPEN;
        this.counted = 1;
        this.firstReportAt = Objects.requireNonNull(at);
        this.lastReportAt = at;
    }

    /** Whether a moderator has still to look at it: open, or hidden by the reports and not yet decided. */
    public boolean isAwaitingReview() {
        return state == State.OPEN || (state == State.HIDDEN && decidedAt == null);
    }

    /** A moderator hides an open item (or confirms the reports' hiding); the item is hidden for good. */
    public void hide(long moderator, String reason, Instant now) {
        requireAwaiting();
        if (state == State.OPEN) {
            hiddenAt = now;
        }
        decide(State.HIDDEN, moderator, reason, now);
    }

    /** A moderator shows a hidden item again; the reports counted so far count no more. */
    public void restore(long moderator, String reason, Instant now) {
        requireAwaiting();
        if (state != State.HIDDEN) {
            throw new IllegalStateException("only a hidden item is restored, this one is " + state);
        }
        decide(State.RESTORED, moderator, reason, now);
    }

    /** A moderator finds the reports of a visible item unfounded; they count no more. */
    public void dismiss(long moderator, String reason, Instant now) {
        requireAwaiting();
        if (state != State.OPEN) {
            throw new IllegalStateException("only an open case is dismissed, this one is " + state);
        }
        decide(State.DISMISSED, moderator, reason, now);
    }

    private void requireAwaiting() {
        if (!isAwaitingReview()) {
            throw new IllegalStateException("the case is decided: " + state);
        }
    }

    private void decide(State to, long moderator, String reason, Instant now) {
        state = to;
        counted = 0;
        decidedBy = moderator;
        decisionReason = Objects.requireNonNull(reason);
        decidedAt = Objects.requireNonNull(now);
    }

    public ReportTarget getTargetType() {
        return targetType;
    }

    public long getTargetId() {
        return targetId;
    }

    public State getState() {
        return state;
    }

    public int getCounted() {
        return counted;
    }

    public Instant getFirstReportAt() {
        return firstReportAt;
    }

    public Instant getLastReportAt() {
        return lastReportAt;
    }

    public Instant getHiddenAt() {
        return hiddenAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    /** Why screening held it; null if only reports brought it here. */
    public HeldFor getHeldFor() {
        return heldFor;
    }

    public String getDecisionReason() {
        return decisionReason;
    }
}
