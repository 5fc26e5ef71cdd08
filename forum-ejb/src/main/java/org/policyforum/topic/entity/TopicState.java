package org.policyforum.topic.entity;

import java.util.EnumSet;
import java.util.Set;

/** A topic's life. Only the moves listed here are possible; anything else is refused. */
public enum TopicState {
    DRAFT,
    SCHEDULED,
    OPEN,
    CLOSED,
    ANSWERED;

    public Set<TopicState> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SCHEDULED);
            case SCHEDULED -> EnumSet.of(DRAFT, OPEN);
            case OPEN -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.of(ANSWERED);
            case ANSWERED -> EnumSet.noneOf(TopicState.class);
        };
    }

    public boolean canMoveTo(TopicState target) {
        return next().contains(target);
    }

    /** States in which anyone may read the topic. */
    public boolean isPublic() {
        return this == OPEN || this == CLOSED || this == ANSWERED;
    }
}
