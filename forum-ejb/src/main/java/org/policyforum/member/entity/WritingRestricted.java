package org.policyforum.member.entity;

import org.policyforum.platform.entity.RuleViolation;

/**
 * The refusal of every write of a member whose writing a sanction restricts (a suspension until its end, a block for
 * good): one message wherever they write ({@code sanction.restricted.until} with the end on the organisation's wall
 * clock, or {@code sanction.restricted} for a block). A page shows it at the form; the REST API answers 403.
 */
public class WritingRestricted extends RuleViolation {

    private static final long serialVersionUID = 1L;

    /** Restricted until {@code localEnd} (the end on the organisation's wall clock, as written), or for good (null). */
    public WritingRestricted(String localEnd) {
        super(
                null,
                localEnd == null ? "sanction.restricted" : "sanction.restricted.until",
                localEnd == null ? new Object[0] : new Object[] {localEnd});
    }
}
