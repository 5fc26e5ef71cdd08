package org.policyforum.idea.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.policyforum.platform.entity.SharedCache;

/**
 * The lowest tier's support count, kept in memory: every support asks whether its count reaches a tier, the answer is
 * almost always no, and the tier list changes only when an operator saves it in the console. So a support below the
 * first tier costs no statement for the tiers; one that reaches it reads the tiers and the idea's obligations as
 * before ({@link TierCrossings}).
 *
 * <p>{@link #changed()} (called by the console's save) forgets the value at once and again when that transaction
 * ends, and a value read while a change was under way is not kept: a reader can never keep the old list once the new
 * one is committed. The memory is this server's: a change saved on another node of a cluster is seen here once the
 * value is {@link SharedCache#EDITED_MILLIS} old (one statement a second at most, instead of one per support).
 */
@ApplicationScoped
public class TierThresholds {

    /**
     * What is known: the lowest tier (none when there is no tier), or nothing yet; with the changes seen so far and
     * when it was read ({@link System#nanoTime()}).
     */
    private record Known(long changes, boolean loaded, int lowest, long readAt) {

        boolean fresh(long now) {
            return loaded && now - readAt < MAX_AGE_NANOS;
        }
    }

    private static final long MAX_AGE_NANOS = TimeUnit.MILLISECONDS.toNanos(SharedCache.EDITED_MILLIS);

    private static final int NO_TIER = Integer.MAX_VALUE;

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final AtomicReference<Known> known = new AtomicReference<>(new Known(0, false, NO_TIER, 0));

    /** Whether an idea with this many supports has reached at least the lowest tier. */
    public boolean anyReachedBy(int supports) {
        return supports >= lowest();
    }

    int lowest() {
        Known now = known.get();
        long readAt = System.nanoTime();
        if (now.fresh(readAt)) {
            return now.lowest();
        }
        Integer lowest = em.createQuery("SELECT MIN(t.supports) FROM SupportTier t", Integer.class)
                .getSingleResult();
        int value = lowest == null ? NO_TIER : lowest;
        // kept only if no change began meanwhile; either way this caller uses what it read
        known.compareAndSet(now, new Known(now.changes(), true, value, readAt));
        return value;
    }

    /** The tier list is being changed in the current transaction: forget the lowest tier now and when it ends. */
    public void changed() {
        forget();
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
    }

    private void forget() {
        known.updateAndGet(k -> new Known(k.changes() + 1, false, NO_TIER, 0));
    }
}
