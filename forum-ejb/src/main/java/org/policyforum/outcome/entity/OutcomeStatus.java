package org.policyforum.outcome.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * What became of a citizens' voice. An outcome starts under review; the city then says whether it was reflected in
 * policy (fully, partly or not at all); what was reflected can be implemented. A "not reflected" can be taken up for
 * review again; "implemented" is the end. Only the moves listed here are possible.
 */
public enum OutcomeStatus {
    REVIEWING,
    REFLECTED,
    PARTLY_REFLECTED,
    NOT_REFLECTED,
    IMPLEMENTED;

    public Set<OutcomeStatus> next() {
        return switch (this) {
            case REVIEWING -> EnumSet.of(REFLECTED, PARTLY_REFLECTED, NOT_REFLECTED);
            case REFLECTED -> EnumSet.of(PARTLY_REFLECTED, IMPLEMENTED);
            case PARTLY_REFLECTED -> EnumSet.of(REFLECTED, IMPLEMENTED);
            case NOT_REFLECTED -> EnumSet.of(REVIEWING);
            case IMPLEMENTED -> EnumSet.noneOf(OutcomeStatus.class);
        };
    }

    public boolean canMoveTo(OutcomeStatus target) {
        return next().contains(target);
    }
}
