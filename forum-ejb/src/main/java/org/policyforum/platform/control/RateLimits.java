package org.policyforum.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import org.policyforum.platform.entity.RuleViolation;

/**
 * Counts actions per subject (a member id, a client address, a mail address) in a sliding window, in the database,
 * so that every server of a cluster counts together and a restart forgets nothing. Runs in the caller's
 * transaction: the subject's stripe row stays locked until it commits, so simultaneous attempts are counted one
 * after the other (no burst slips past the limit), and an action that is refused later does not count.
 *
 * <p>Only a SHA-256 of the subject is stored: the table holds no mail or IP address. Rows older than a day are
 * pruned now and then; no limit has a longer window.
 */
@ApplicationScoped
public class RateLimits {

    private static final Logger LOG = Logger.getLogger(RateLimits.class.getName());
    static final int STRIPES = 64;
    private static final Duration KEPT = Duration.ofDays(1);

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ForumEnvironment environment;

    /** The configured maximum per window; 0 means no limit. */
    public int max(RateLimit limit) {
        String value = environment.rateLimit(limit).orElse(null);
        if (value == null) {
            return limit.defaultMax();
        }
        try {
            return Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            LOG.warning(() -> limit.variable() + " is not a number; the default " + limit.defaultMax() + " applies");
            return limit.defaultMax();
        }
    }

    /**
     * Counts one action, or refuses it at {@code field} with the message {@code rate.limited} (arguments: the
     * maximum and the window in minutes) when the subject has used up its window.
     */
    public void acquire(RateLimit limit, Object subject, String field) {
        if (isExceeded(limit, subject)) {
            LOG.info(() -> "Rate limit " + limit + " refused an action");
            throw new RuleViolation(
                    field, "rate.limited", max(limit), limit.window().toMinutes());
        }
        record(limit, subject);
    }

    /**
     * Whether the subject has used up its window. Locks the subject's stripe for the rest of the transaction, so
     * that a {@link #record} that follows is counted before anyone else's check.
     */
    public boolean isExceeded(RateLimit limit, Object subject) {
        int max = max(limit);
        if (max == 0) {
            return false;
        }
        String hash = hash(limit, subject);
        em.createNativeQuery("UPDATE rate_limit_stripe SET hits = hits + 1 WHERE stripe = ?1")
                .setParameter(1, Math.floorMod(hash.hashCode(), STRIPES))
                .executeUpdate();
        Instant since = clock.instant().minus(limit.window());
        Number used = (Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM rate_limit_hit WHERE limit_name = ?1 AND subject = ?2 AND hit_at > ?3")
                .setParameter(1, limit.name())
                .setParameter(2, hash)
                .setParameter(3, Timestamp.from(since))
                .getSingleResult();
        return used.longValue() >= max;
    }

    /** Counts one action of the subject (after {@link #isExceeded} in the same transaction). */
    public void record(RateLimit limit, Object subject) {
        if (max(limit) == 0) {
            return;
        }
        Instant now = clock.instant();
        em.createNativeQuery("INSERT INTO rate_limit_hit (limit_name, subject, hit_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, limit.name())
                .setParameter(2, hash(limit, subject))
                .setParameter(3, Timestamp.from(now))
                .executeUpdate();
        if (ThreadLocalRandom.current().nextInt(500) == 0) {
            em.createNativeQuery("DELETE FROM rate_limit_hit WHERE hit_at < ?1")
                    .setParameter(1, Timestamp.from(now.minus(KEPT)))
                    .executeUpdate();
        }
    }

    static String hash(RateLimit limit, Object subject) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((limit.name() + ':' + subject).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
