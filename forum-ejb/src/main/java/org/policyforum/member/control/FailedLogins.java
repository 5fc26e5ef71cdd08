package org.policyforum.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The wrong-password count of an account, changed by one UPDATE per attempt instead of a versioned read-modify-write
 * of the member: simultaneous attempts wait for each other on the row and every one is counted, where a versioned
 * write would let all but one fail on the optimistic lock and go uncounted.
 */
@ApplicationScoped
public class FailedLogins {

    public enum Counted {
        COUNTED,
        LOCKED_NOW,
        ALREADY_LOCKED
    }

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    /**
     * Counts a wrong password; the {@code max}-th in a row locks the account until {@code now + lock} and starts the
     * count again. An attempt that finds the account locked by a simultaneous one is not counted on it.
     */
    public Counted count(long memberId, Instant now, int max, Duration lock) {
        Timestamp at = Timestamp.from(now);
        int updated = em.createNativeQuery("UPDATE member SET"
                        + " failed_logins = CASE WHEN failed_logins + 1 >= ?1 THEN 0 ELSE failed_logins + 1 END,"
                        + " locked_until = CASE WHEN failed_logins + 1 >= ?2 THEN ?3 ELSE locked_until END"
                        + " WHERE id = ?4 AND (locked_until IS NULL OR locked_until <= ?5)")
                .setParameter(1, max)
                .setParameter(2, max)
                .setParameter(3, Timestamp.from(now.plus(lock)))
                .setParameter(4, memberId)
                .setParameter(5, at)
                .executeUpdate();
        if (updated == 0) {
            return Counted.ALREADY_LOCKED;
        }
        // the row stays locked by this transaction, so this reads what the UPDATE above wrote
        List<?> until = em.createNativeQuery("SELECT locked_until FROM member WHERE id = ?1")
                .setParameter(1, memberId)
                .getResultList();
        Object value = until.isEmpty() ? null : until.get(0);
        Instant lockedUntil = value instanceof Timestamp t
                ? t.toInstant()
                : value instanceof LocalDateTime l ? Timestamp.valueOf(l).toInstant() : null;
        boolean locked = lockedUntil != null && lockedUntil.isAfter(now);
        return locked ? Counted.LOCKED_NOW : Counted.COUNTED;
    }

    /** A successful login starts the count again; writes only when there is something to clear. */
    public void clear(long memberId) {
        em.createNativeQuery("UPDATE member SET failed_logins = 0, locked_until = NULL"
                        + " WHERE id = ?1 AND (failed_logins <> 0 OR locked_until IS NOT NULL)")
                .setParameter(1, memberId)
                .executeUpdate();
    }
}
