package org.policyforum.newsletter.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.policyforum.newsletter.control.OutcomeMailStore;
import org.policyforum.outcome.control.OutcomeNotices.News;
import org.policyforum.platform.control.ForumEnvironment;
import org.policyforum.platform.entity.Roles;

/**
 * Tells the members who took part in a topic when its policy outcome changes (a status move, a new timeline entry):
 * every minute, each waiting notice of the outcome feature becomes one mail per participant who consents to outcome
 * news, through the outbox, with its own one-click unsubscribe ({@code list=outcome}) and List-Unsubscribe. Once per
 * notice and member is the database's rule (table {@code outcome_mail}), so a second run or server mails nobody
 * twice. {@code FORUM_OUTCOME_MAIL_TIMER=off} (default: the digest timer's setting) stops the timer; operators and
 * tests run it with {@link #fireNow()}.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@DependsOn("forum-ejb.jar#SchemaMigrations")
public class OutcomeMailTimer {

    private static final Logger LOG = Logger.getLogger(OutcomeMailTimer.class.getName());
    static final int NOTICES = 20;
    static final int PAGE = 200;

    @Inject
    OutcomeMailStore store;

    @Inject
    ForumEnvironment environment;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "20", persistent = false, info = "outcome news")
    @PermitAll
    public void tick() {
        if (environment.isOutcomeMailTimerOn()) {
            run();
        }
    }

    /** Mails the waiting notices now; the number of mails put in the outbox, or empty when a run is under way. */
    @RolesAllowed(Roles.OPERATOR)
    public Optional<Long> fireNow() {
        return run();
    }

    private Optional<Long> run() {
        if (!running.compareAndSet(false, true)) {
            return Optional.empty();
        }
        try {
            URI base = environment.baseUrl();
            long mails = 0;
            List<Long> waiting = store.waiting(NOTICES);
            for (long notice : waiting) {
                mails += notice(notice, base);
            }
            long sent = mails;
            if (sent > 0) {
                LOG.info(() -> "outcome news: " + sent + " mail(s) for " + waiting.size() + " change(s)");
            }
            return Optional.of(mails);
        } finally {
            running.set(false);
        }
    }

    private long notice(long noticeId, URI base) {
        Optional<News> news = store.start(noticeId);
        long mails = 0;
        if (news.isPresent()) {
            long after = 0;
            while (true) {
                List<Long> participants = store.participants(news.get(), after, PAGE);
                if (participants.isEmpty()) {
                    break;
                }
                try {
                    mails += store.deliver(news.get(), participants, base);
                } catch (EJBException raced) {
                    // another server wrote some of these rows first: the page again skips them
                    LOG.log(Level.FINE, "another outcome news run is at work", raced);
                    mails += store.deliver(news.get(), participants, base);
                }
                after = participants.get(participants.size() - 1);
            }
        }
        store.done(noticeId);
        return mails;
    }
}
