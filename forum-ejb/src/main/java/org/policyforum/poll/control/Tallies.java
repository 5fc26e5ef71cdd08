package org.policyforum.poll.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.policyforum.poll.entity.Ballot;
import org.policyforum.poll.entity.Poll;

/**
 * Counts ballots. A count is a GROUP BY over the choice rows; during a surge every reader (pages, the JSON API, the
 * live feed) shares one count per poll for up to {@link #MAX_AGE}, so hundreds of votes a second cost one count a
 * second, not one per page view. Once a poll is closed its last count is kept for good: nothing can change it.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Tallies {

    static final Duration MAX_AGE = Duration.ofSeconds(1);

    /** Ballots per option (options nobody chose are absent), and how many ballots in all. */
    public record Tally(long pollId, Map<Long, Long> counts, long ballots, Instant countedAt) {
        public long count(long optionId) {
            return counts.getOrDefault(optionId, 0L);
        }
    }

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    private final Map<Long, Tally> recent = new ConcurrentHashMap<>();

    public Tally of(Poll poll, Instant now) {
        Tally cached = recent.get(poll.getId());
        if (cached != null
                && (isFinal(cached, poll) || cached.countedAt().plus(MAX_AGE).isAfter(now))) {
            return cached;
        }
        // two readers may count at the same moment after expiry; both results are right, the later one stays
        Tally fresh = count(poll.getId(), now);
        recent.put(poll.getId(), fresh);
        return fresh;
    }

    private static boolean isFinal(Tally tally, Poll poll) {
        return !tally.countedAt().isBefore(poll.getClosesAt());
    }

    private Tally count(long pollId, Instant now) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createNamedQuery(Ballot.TALLY, Object[].class)
                .setParameter("poll", pollId)
                .getResultList()) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        long ballots = em.createNamedQuery(Ballot.TOTAL, Long.class)
                .setParameter("poll", pollId)
                .getSingleResult();
        return new Tally(pollId, Map.copyOf(counts), ballots, now);
    }
}
