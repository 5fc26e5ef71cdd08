package org.policyforum.idea.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.logging.Logger;
import org.policyforum.idea.control.IdeaNews;
import org.policyforum.idea.entity.AnswerObligation;
import org.policyforum.idea.entity.Idea;
import org.policyforum.idea.entity.IdeaState;
import org.policyforum.platform.boundary.Settings;

/**
 * The idea space's time: an idea whose window ended without reaching a tier expires, with the reason on its page;
 * the answering bureau's officials are reminded a few days before an answer is due and once when it is overdue.
 * Checked every ten minutes; each reminder is sent once (a flag on the obligation, in the mail's transaction).
 */
@Singleton
// a tick at the minute the forum starts must not run before the schema is there (it logged "table not found")
@DependsOn("SchemaMigrations")
public class IdeaClock {

    private static final Logger LOG = Logger.getLogger(IdeaClock.class.getName());

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    @Inject
    IdeaNews news;

    /** What one tick did. */
    public record Tick(int expired, int remindedBefore, int remindedAfter) {}

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    @PermitAll
    public Tick tick() {
        Instant now = clock.instant();
        int expired = expire(now);
        int before = 0;
        int after = 0;
        Duration lead = Duration.ofDays(settings.current().getIdeaReminderDays());
        for (AnswerObligation owed : em.createNamedQuery(AnswerObligation.OPEN_DUE_BEFORE, AnswerObligation.class)
                .setParameter("before", now.plus(lead))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()) {
            boolean overdue = now.isAfter(owed.getDueAt());
            if (overdue ? owed.isRemindedAfter() : owed.isRemindedBefore()) {
                continue;
            }
            Idea idea = em.find(Idea.class, owed.getIdeaId());
            news.remind(owed, idea, overdue, settings.current().zone());
            if (overdue) {
                owed.remindedAfterDue();
                owed.remindedBeforeDue();
                after++;
            } else {
                owed.remindedBeforeDue();
                before++;
            }
        }
        if (expired + before + after > 0) {
            Tick tick = new Tick(expired, before, after);
            LOG.info(() -> "Idea clock: " + tick);
        }
        return new Tick(expired, before, after);
    }

    private int expire(Instant now) {
        int expired = 0;
        for (Idea idea : em.createNamedQuery(Idea.DUE_TO_EXPIRE, Idea.class)
                .setParameter("open", Set.of(IdeaState.SUBMITTED, IdeaState.UNDER_REVIEW))
                .setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()) {
            if (!idea.getState().mayMoveTo(IdeaState.EXPIRED)) {
                continue; // moved by triage while the lock was awaited
            }
            em.persist(idea.moveTo(IdeaState.EXPIRED, null, "idea.reason.expired", now));
            expired++;
        }
        return expired;
    }
}
