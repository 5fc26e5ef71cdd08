package org.policyforum.outcome.boundary;

import org.policyforum.outcome.entity.OutcomeStatus;
import org.policyforum.outcome.entity.SourceKind;

/**
 * What the tracker (and the console's list) is narrowed to; every part is optional (null: any). {@code words} must
 * all appear in the title or the summary.
 */
public record OutcomeFilter(OutcomeStatus status, Long bureauId, Integer year, SourceKind kind, String words) {

    public static final OutcomeFilter ALL = new OutcomeFilter(null, null, null, null, null);
}
