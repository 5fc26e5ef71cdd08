package org.policyforum.outcome.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.policyforum.outcome.entity.OutcomeNotice;
import org.policyforum.outcome.entity.OutcomeStatus;
import org.policyforum.outcome.entity.PolicyOutcome;
import org.policyforum.outcome.entity.SourceKind;

/**
 * The outcome feature's port for the mail module: which changes of outcomes wait to be told, what the mail says of
 * the outcome, and who took part in its source (through the {@link OutcomeSource} SPI). The notice is written in the
 * change's own transaction ({@link #changed}); forum-mail mails it and calls {@link #done}.
 */
@Dependent
public class OutcomeNotices {

    /** What a mail about an outcome says: its source, status, progress and newest timeline entry. */
    public record News(
            long noticeId,
            long outcomeId,
            SourceKind kind,
            long sourceId,
            String title,
            OutcomeStatus status,
            int progress,
            LocalDate latestOn,
            String latestText) {}

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    OutcomeSources sources;

    /** A change to tell; folded into the outcome's notice that still waits, if there is one. */
    public void changed(PolicyOutcome outcome, Instant now) {
        boolean waiting = !em.createNamedQuery(OutcomeNotice.WAITING_OF, OutcomeNotice.class)
                .setParameter("outcome", outcome.getId())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
        if (!waiting) {
            em.persist(new OutcomeNotice(outcome.getId(), now));
        }
    }

    /** The oldest notices waiting, at most {@code limit}. */
    public List<Long> waiting(int limit) {
        return em.createNamedQuery(OutcomeNotice.WAITING, OutcomeNotice.class)
                .setMaxResults(limit)
                .getResultStream()
                .map(OutcomeNotice::getId)
                .toList();
    }

    /**
     * Takes a waiting notice up and returns its news as the outcome is now; empty when it is done or gone. Changes of
     * the outcome after this make a notice of their own.
     */
    public Optional<News> start(long noticeId, Instant now) {
        OutcomeNotice notice = em.find(OutcomeNotice.class, noticeId);
        if (notice == null || notice.getDoneAt() != null) {
            return Optional.empty();
        }
        notice.start(now);
        PolicyOutcome o = em.find(PolicyOutcome.class, notice.getOutcomeId());
        if (o == null) {
            return Optional.empty();
        }
        return Optional.of(new News(
                noticeId,
                o.getId(),
                o.getSourceKind(),
                o.getSourceId(),
                o.getTitle(),
                o.getStatus(),
                o.getProgress(),
                o.getLatestOn(),
                o.getLatestText()));
    }

    /** Up to {@code limit} members who took part in the outcome's source, ids above {@code afterMember}. */
    public List<Long> participants(News news, long afterMember, int limit) {
        return sources.of(news.kind()).participants(news.sourceId(), afterMember, limit);
    }

    public void done(long noticeId, Instant now) {
        OutcomeNotice notice = em.find(OutcomeNotice.class, noticeId);
        if (notice != null) {
            notice.done(now);
        }
    }
}
