package org.policyforum.member.control;

import java.util.Optional;
import org.policyforum.member.entity.WritingRestricted;

/**
 * The port through which {@link Caller#writer()} asks whether a member may write now. The moderation feature, which
 * keeps the sanctions, implements it; the member feature does not read moderation's tables.
 */
public interface WritingBans {

    /** The refusal for a member whose writing a sanction restricts now; empty when they may write. */
    Optional<WritingRestricted> against(long memberId);
}
