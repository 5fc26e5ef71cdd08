package org.policyforum.moderation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.policyforum.member.control.Caller;
import org.policyforum.member.entity.Member;
import org.policyforum.moderation.entity.AuditEntry;
import org.policyforum.platform.control.Audit;

/** Writes the audit entry for an official's action, in the same transaction as the action itself. */
@Dependent
public class AuditTrail implements Audit {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Override
    public void record(String action, String target, String detail) {
        var actor = caller.member();
        em.persist(new AuditEntry(
                clock.instant(),
                actor.map(Member::getId).orElse(null),
                actor.map(Member::getRealName).orElse("system"),
                action,
                target,
                detail));
    }
}
