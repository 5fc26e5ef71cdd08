package org.policyforum.moderation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import org.policyforum.member.control.Caller;
import org.policyforum.member.entity.Member;
import org.policyforum.moderation.entity.AuditEntry;
import org.policyforum.platform.control.Audit;

/** Writes the audit entry for an official's action, in the same transaction as the action itself. */
@Dependent
public class AuditTrail implements Audit {

    /** The actor's name on what the forum did by its own rule. */
    static final String SYSTEM = "system";

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Override
    public void record(String action, String target, String detail) {
        write(caller.member(), action, target, detail);
    }

    @Override
    public void recordBySystem(String action, String target, String detail) {
        write(Optional.empty(), action, target, detail);
    }

    private void write(Optional<Member> actor, String action, String target, String detail) {
        em.persist(new AuditEntry(
                clock.instant(),
                actor.map(Member::getId).orElse(null),
                actor.map(Member::getRealName).orElse(SYSTEM),
                action,
                target,
                detail));
    }
}
