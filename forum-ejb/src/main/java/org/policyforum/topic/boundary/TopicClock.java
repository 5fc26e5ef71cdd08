package org.policyforum.topic.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.policyforum.platform.control.Audit;
import org.policyforum.platform.entity.Roles;
import org.policyforum.topic.entity.Topic;
import org.policyforum.topic.entity.TopicState;

/** Opens scheduled topics when their time comes and closes open ones at theirs, checked every minute. */
@Singleton
// a tick at the minute the forum starts must not run before the schema is there (it logged "table not found")
@DependsOn("SchemaMigrations")
public class TopicClock {

    private static final Logger LOG = Logger.getLogger(TopicClock.class.getName());

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Audit audit;

    @Schedule(hour = "*", minute = "*", persistent = false)
    @PermitAll
    public void tick() {
        advance();
    }

    /**
     * Moves every topic whose time has come by the clock; returns how many moved. The rows are locked as the
     * console's moves lock them, so an operator opening a topic by hand in the same second waits and is then told it
     * is open (the database re-reads a row that changed while the lock was awaited). What the timer does every minute;
     * operators may ask for it at once (tests move the clock).
     */
    @RolesAllowed(Roles.OPERATOR)
    public int advance() {
        Instant now = clock.instant();
        int moved = 0;
        for (Topic topic : em.createNamedQuery(Topic.DUE_TO_OPEN, Topic.class)
                .setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()) {
            if (topic.getState() != TopicState.SCHEDULED) {
                continue; // moved by hand while the lock was awaited
            }
            topic.open(now);
            audit.record("topic.open", "topic:" + topic.getId(), "SCHEDULED -> OPEN (by the clock)");
            moved++;
        }
        for (Topic topic : em.createNamedQuery(Topic.DUE_TO_CLOSE, Topic.class)
                .setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()) {
            if (topic.getState() != TopicState.OPEN) {
                continue;
            }
            topic.close(now);
            audit.record("topic.close", "topic:" + topic.getId(), "OPEN -> CLOSED (by the clock)");
            moved++;
        }
        if (moved > 0) {
            int count = moved;
            LOG.info(() -> count + " topic(s) opened or closed by the clock");
        }
        return moved;
    }
}
