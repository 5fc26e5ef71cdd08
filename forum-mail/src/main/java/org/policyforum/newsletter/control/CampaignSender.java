package org.policyforum.newsletter.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.policyforum.newsletter.api.CampaignPort.State;
import org.policyforum.newsletter.control.Deliveries.Claimed;
import org.policyforum.newsletter.entity.Campaign;
import org.policyforum.platform.control.ForumEnvironment;

/**
 * The campaign's worker pool: drains running campaigns on its own timer, never in a web request. A worker claims a
 * batch of deliveries, sends it over one SMTP connection ({@link SmtpServer}, shared with the {@link OutboxSender}),
 * the mails written by {@link CampaignMessages}, and records each outcome: sent, tried again later with backoff, or
 * failed for good. After the SMTP server could not be reached, every worker waits (5 s, doubling up to a minute).
 *
 * <p>Several workers (FORUM_MAIL_SENDERS, default 4) send in parallel, each with its own batch and connection: the
 * time per mail is mostly waiting (SMTP replies, commits), which overlaps well even on two cores.
 *
 * <p>Exactly once: each mail's row is committed as SENDING before the SMTP call, and the reply is committed as SENT
 * (in the same transaction that marks the next row SENDING) right after. A crash can therefore leave at most one
 * row per worker in SENDING whose fate is unknown; on restart it is sent again with the same deterministic
 * Message-ID (so a receiver can drop the copy) and flagged {@code uncertain}. Rows only CLAIMED were never handed to
 * SMTP and simply go back to PENDING. A graceful stop (undeploy, shutdown) finishes the mail in hand and hands the
 * rest of the batch back, so it loses and duplicates nothing.
 *
 * <p>Transactions are bean-managed so that every step commits on its own without calling another component, which
 * keeps working while the application is being undeployed.
 */
@Singleton
@Startup
// the schema must be migrated before the first claim or recovery (the migrations live in forum-ejb)
@DependsOn("forum-ejb.jar#SchemaMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class CampaignSender {

    private static final Logger LOG = Logger.getLogger(CampaignSender.class.getName());
    /** Small enough that a pause or a stop (which waits for the batch in hand) takes effect within seconds. */
    static final int BATCH = 50;

    static final int MAX_ATTEMPTS = 5;
    /** A claim older than this belongs to a server that died (another node of a cluster). */
    static final Duration LEASE = Duration.ofMinutes(10);

    static final Duration STALE_CHECK_EVERY = Duration.ofMinutes(1);
    /**
     * One timer call works this long at most, then hands over to a new timer at once: a stop (undeploy, shutdown)
     * never waits long for the call in progress, and the timer service never sees a call that runs for hours.
     */
    static final Duration WORK_SLICE = Duration.ofSeconds(1);

    @Resource
    UserTransaction tx;

    @Resource
    TimerService timers;

    @PersistenceContext(unitName = "mail")
    EntityManager em;

    @Inject
    Deliveries deliveries;

    @Inject
    SmtpServer smtp;

    @Inject
    ForumEnvironment environment;

    @Inject
    CampaignMessages messages;

    @Inject
    Clock clock;

    @Inject
    MailMeters meters;

    /** Workers sending now; each has its own batch and SMTP connection. */
    private final AtomicInteger running = new AtomicInteger();
    /** H2 is single-process (one server), so claims are serialised here; PostgreSQL claims with SKIP LOCKED. */
    private final Object h2Claims = new Object();

    private int workers;
    private final String node = System.getProperty("jboss.node.name", "forum");
    private volatile boolean stopping;
    private volatile Instant pausedUntil = Instant.MIN;
    private volatile Instant lastStaleCheck = Instant.MIN;
    private volatile Duration pause = Duration.ZERO;
    private volatile String smtpProblem;

    @PostConstruct
    void start() {
        workers = environment.mailSenders();
        recoverAfterCrash();
    }

    private void recoverAfterCrash() {
        try {
            int recovered =
                    inTx(() -> deliveries.recover(node + "#", clock.instant().minus(LEASE)));
            if (recovered > 0) {
                LOG.warning(() -> recovered + " campaign deliveries taken before a restart go back to the queue");
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "could not recover campaign deliveries; the lease will", e);
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
    }

    /** Why sending waits, if it does (shown in the console). */
    public String smtpProblem() {
        return smtpProblem;
    }

    /**
     * Looks for work every two seconds. The work itself runs in a one-off timer of its own, so that this periodic
     * timer never overlaps itself (which the container would log as a warning every tick).
     */
    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    public void tick() {
        if (!stopping && running.get() == 0 && !Instant.now().isBefore(pausedUntil)) {
            for (int i = 0; i < workers; i++) {
                timers.createSingleActionTimer(1 + i * 100L, new TimerConfig(null, false));
            }
        }
    }

    @Timeout
    void drain() {
        if (stopping || running.incrementAndGet() > workers) {
            running.decrementAndGet();
            return;
        }
        boolean more = false;
        try {
            if (Instant.now().isBefore(pausedUntil)) {
                return;
            }
            recoverStaleClaims();
            Instant until = Instant.now().plus(WORK_SLICE);
            do {
                more = drainOneBatch();
            } while (more && !stopping && Instant.now().isBefore(until));
        } catch (Exception e) {
            LOG.log(Level.WARNING, "campaign sender stopped this round", e);
        } finally {
            running.decrementAndGet();
        }
        if (more && !stopping) {
            timers.createSingleActionTimer(1, new TimerConfig(null, false));
        }
    }

    /**
     * Claims older than the lease go back to the queue. Once a minute is plenty for a ten-minute lease; done on every
     * work slice of every worker, the statement's pass over the campaign's claimed rows cost more than the sending.
     */
    private void recoverStaleClaims() throws Exception {
        Instant now = Instant.now();
        Instant last = lastStaleCheck;
        if (now.isBefore(last.plus(STALE_CHECK_EVERY))) {
            return;
        }
        lastStaleCheck = now;
        for (Campaign campaign :
                em.createNamedQuery(Campaign.SENDING, Campaign.class).getResultList()) {
            inTx(() -> deliveries.recoverStale(campaign.getId(), clock.instant().minus(LEASE)));
        }
    }

    /** Sends one batch of the oldest running campaign; false when there was nothing to do. */
    private boolean drainOneBatch() throws Exception {
        List<Campaign> sending =
                em.createNamedQuery(Campaign.SENDING, Campaign.class).getResultList();
        for (Campaign campaign : sending) {
            long campaignId = campaign.getId();
            String claim = node + "#" + UUID.randomUUID();
            List<Claimed> batch = claim(campaignId, claim);
            if (batch.isEmpty()) {
                try {
                    inTx(() -> finishIfSettled(campaignId));
                } catch (Exception another) {
                    // another worker finished it at the same moment (optimistic lock): nothing to do
                }
                continue;
            }
            SmtpConnection connection;
            try {
                connection = smtp.connect();
            } catch (MessagingException e) {
                inTx(() -> deliveries.release(campaignId, claim));
                smtpUnreachable(e);
                return false;
            }
            try (connection) {
                send(messages.forBatch(campaign, smtp.from()), campaignId, batch, claim, connection);
            }
            return true;
        }
        return false;
    }

    private List<Claimed> claim(long campaignId, String claim) throws Exception {
        if (deliveries.isPostgres()) {
            return inTx(() -> deliveries.claim(campaignId, claim, BATCH, clock.instant()));
        }
        synchronized (h2Claims) {
            return inTx(() -> deliveries.claim(campaignId, claim, BATCH, clock.instant()));
        }
    }

    private Object finishIfSettled(long campaignId) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign.getState() == State.SENDING && !deliveries.unsettled(campaignId)) {
            campaign.finish(clock.instant());
            LOG.info(() -> "campaign " + campaignId + " finished");
        }
        return null;
    }

    /**
     * Sends the claimed batch over the worker's connection, in the order the exactly-once promise rests on (see the
     * class comment); what the worker does not get to (a stop, a lost connection) goes back to the queue.
     */
    private void send(
            CampaignMessages.Batch mails, long campaignId, List<Claimed> batch, String claim, SmtpConnection connection)
            throws Exception {
        Claimed previous = null;
        String previousReply = null;
        for (Claimed next : batch) {
            if (stopping) {
                break;
            }
            Claimed done = previous;
            String doneReply = previousReply;
            String messageId = mails.messageId(next.memberId());
            // the previous mail's reply and this mail's SENDING mark commit together: one commit per mail
            boolean go = inTx(() -> {
                if (done != null) {
                    deliveries.markSent(campaignId, done.memberId(), doneReply, clock.instant());
                }
                return deliveries.markSending(campaignId, next.memberId(), next.email(), messageId);
            });
            if (done != null) {
                meters.campaignMailSent(); // counted once the row that says so has committed
            }
            previous = null;
            if (!go) {
                continue;
            }
            try {
                connection.sendEncoded(mails.mail(next, messageId));
                previous = next;
                previousReply = connection.lastReply();
                smtpProblem = null;
                pause = Duration.ZERO;
            } catch (AddressException e) {
                inTx(() -> hardFailure(campaignId, next, "malformed address: " + e.getMessage()));
            } catch (MessagingException e) {
                int code = SmtpReplies.code(e);
                if (code >= 500) {
                    inTx(() -> hardFailure(campaignId, next, SmtpReplies.describe(e)));
                } else {
                    Instant retryAt = clock.instant().plus(Duration.ofMinutes(1L << Math.min(next.attempts(), 6)));
                    inTx(() -> {
                        deliveries.markRetry(
                                campaignId, next.memberId(), SmtpReplies.describe(e), retryAt, MAX_ATTEMPTS);
                        return null;
                    });
                    if (!connection.isConnected()) {
                        smtpUnreachable(e);
                        break;
                    }
                }
            }
        }
        Claimed done = previous;
        String doneReply = previousReply;
        inTx(() -> {
            if (done != null) {
                deliveries.markSent(campaignId, done.memberId(), doneReply, clock.instant());
            }
            return deliveries.release(campaignId, claim);
        });
        if (done != null) {
            meters.campaignMailSent();
        }
    }

    private Object hardFailure(long campaignId, Claimed delivery, String reason) {
        deliveries.markHardFailure(campaignId, delivery.memberId(), delivery.email(), reason, clock.instant());
        return null;
    }

    private void smtpUnreachable(MessagingException e) {
        pause = pause.isZero() ? Duration.ofSeconds(5) : Duration.ofSeconds(Math.min(pause.getSeconds() * 2, 60));
        pausedUntil = Instant.now().plus(pause);
        if (smtpProblem == null) {
            LOG.warning(() -> "SMTP server not reachable; campaigns wait and try again: " + e.getMessage());
        }
        smtpProblem = String.valueOf(e.getMessage());
    }

    private <T> T inTx(Callable<T> work) throws Exception {
        tx.begin();
        try {
            T result = work.call();
            tx.commit();
            return result;
        } catch (Exception | Error e) {
            try {
                tx.rollback();
            } catch (Exception rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        }
    }
}
