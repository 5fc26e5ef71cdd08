package org.policyforum.idea.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an idea stands. The main line is {@code SUBMITTED → UNDER_REVIEW → ACCEPTED | DECLINED}, then {@code ACCEPTED
 * → IMPLEMENTED}; an idea still open may also be withdrawn by its author, merged into another by triage, or expire
 * at the end of its support window when it reached no tier.
 */
public enum IdeaState {
    SUBMITTED,
    UNDER_REVIEW,
    ACCEPTED,
    DECLINED,
    IMPLEMENTED,
    WITHDRAWN,
    MERGED,
    EXPIRED;

    /** The moves the rules allow from this state; every other is refused. */
    public Set<IdeaState> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(UNDER_REVIEW, DECLINED, WITHDRAWN, MERGED, EXPIRED);
            case UNDER_REVIEW -> EnumSet.of(ACCEPTED, DECLINED, WITHDRAWN, MERGED, EXPIRED);
            case ACCEPTED -> EnumSet.of(IMPLEMENTED);
            case DECLINED, IMPLEMENTED, WITHDRAWN, MERGED, EXPIRED -> EnumSet.noneOf(IdeaState.class);
        };
    }

    public boolean mayMoveTo(IdeaState target) {
        return next().contains(target);
    }

    /** Whether members may support an idea in this state (while its window is open). */
    public boolean isSupportable() {
        return this == SUBMITTED || this == UNDER_REVIEW || this == ACCEPTED;
    }

    /** Open for triage and answers: not yet decided. */
    public boolean isOpen() {
        return this == SUBMITTED || this == UNDER_REVIEW;
    }

    /** Gone from the list of live ideas; its page stays, as a placeholder or with the reason. */
    public boolean isClosed() {
        return this == WITHDRAWN || this == MERGED || this == EXPIRED;
    }
}
