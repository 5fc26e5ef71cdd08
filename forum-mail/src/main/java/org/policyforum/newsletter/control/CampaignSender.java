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
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.policyforum.newsletter.api.CampaignPort.State;
import org.policyforum.newsletter.api.MailConsentPort.MailList;
import org.policyforum.newsletter.control.Deliveries.Claimed;
import org.policyforum.newsletter.entity.Campaign;
import org.policyforum.platform.control.ForumEnvironment;

/**
 * Drains running campaigns: claims a batch of deliveries, sends it over one SMTP connection, records each outcome.
 * Runs on its own timer, never in a web request.
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

    @Resource(lookup = "java:jboss/mail/Default")
    Session session;

    @Resource
    UserTransaction tx;

    @Resource
    TimerService timers;

    @PersistenceContext(unitName = "mail")
    EntityManager em;

    @Inject
    Deliveries deliveries;

    @Inject
    CampaignContent content;

    @Inject
    UnsubscribeTokens tokens;

    @Inject
    ForumEnvironment environment;

    @Inject
    Clock clock;

    /** Workers sending now; each has its own batch and SMTP connection. */
    private final AtomicInteger running = new AtomicInteger();
    /** H2 is single-process (one server), so claims are serialised here; PostgreSQL claims with SKIP LOCKED. */
    private final Object h2Claims = new Object();

    /** FORUM_MAIL_SENDERS, read once at start. */
    private int workers;

    private final String node = System.getProperty("jboss.node.name", "forum");
    private volatile boolean stopping;
    private volatile Instant pausedUntil = Instant.MIN;
    private volatile Instant lastStaleCheck = Instant.MIN;
    private volatile Duration pause = Duration.ZERO;
    private volatile String smtpProblem;
    /** Read once per batch: the environment parses them on every call. */
    private volatile InternetAddress from;

    private volatile URI base;

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
            Transport transport;
            try {
                transport = connect();
            } catch (MessagingException e) {
                inTx(() -> deliveries.release(campaignId, claim));
                smtpUnreachable(e);
                return false;
            }
            try (transport) {
                send(campaign, batch, claim, transport);
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

    private void send(Campaign campaign, List<Claimed> batch, String claim, Transport transport) throws Exception {
        Map<String, CampaignMail> templates = templates(campaign);
        from = new InternetAddress(environment.mailFrom());
        Map<String, String> subjects = new HashMap<>();
        templates.forEach((key, template) -> subjects.put(key, encode(template.subject())));
        base = environment.baseUrl();
        long campaignId = campaign.getId();
        Claimed previous = null;
        String previousReply = null;
        for (Claimed next : batch) {
            if (stopping) {
                break;
            }
            Claimed done = previous;
            String doneReply = previousReply;
            String messageId = messageId(campaignId, next.memberId());
            // the previous mail's reply and this mail's SENDING mark commit together: one commit per mail
            boolean go = inTx(() -> {
                if (done != null) {
                    deliveries.markSent(campaignId, done.memberId(), doneReply, clock.instant());
                }
                return deliveries.markSending(campaignId, next.memberId(), next.email(), messageId);
            });
            previous = null;
            if (!go) {
                continue;
            }
            try {
                MimeMessage message = message(campaign, templates, subjects, next, messageId);
                sendWithMailClassLoader(transport, message);
                previous = next;
                previousReply = lastReply(transport);
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
                    if (!transport.isConnected()) {
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
    }

    /**
     * Jakarta Mail looks its StreamProvider up with a ServiceLoader over the thread's context class loader whenever it
     * encodes or decodes (the transport decodes the subject of every mail). Over the application's class loader,
     * which sees every module of the EAR, one lookup costs more than the rest of the mail; over the mail provider's
     * own class loader it is cheap. The message is pre-encoded bytes (RawMail), so sending needs nothing else from
     * the context class loader.
     */
    private static void sendWithMailClassLoader(Transport transport, MimeMessage message) throws MessagingException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(transport.getClass().getClassLoader());
        try {
            transport.sendMessage(message, message.getRecipients(Message.RecipientType.TO));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static String encode(String subject) {
        try {
            return MimeUtility.fold(9, MimeUtility.encodeText(subject, "UTF-8", "B"));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
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

    /** The rendered mail per language and audience (with or without the youth topic), once per batch. */
    private Map<String, CampaignMail> templates(Campaign campaign) {
        var main = content.topic(campaign.getMainTopicId());
        var youth = content.topic(campaign.getYouthTopicId());
        Map<String, CampaignMail> templates = new HashMap<>();
        for (String language : List.of("ko", "en")) {
            for (boolean withYouth : List.of(false, true)) {
                var topics = new java.util.ArrayList<CampaignContent.TopicContent>();
                main.ifPresent(topics::add);
                if (withYouth) {
                    youth.ifPresent(topics::add);
                }
                if (!topics.isEmpty()) {
                    templates.put(
                            language + withYouth,
                            CampaignMail.render(Locale.forLanguageTag(language), topics, environment.baseUrl()));
                }
            }
        }
        return templates;
    }

    private MimeMessage message(
            Campaign campaign,
            Map<String, CampaignMail> templates,
            Map<String, String> subjects,
            Claimed delivery,
            String messageId)
            throws MessagingException {
        String language = "en".equals(delivery.language()) ? "en" : "ko";
        String key = templates.containsKey(language + delivery.youth()) ? language + delivery.youth() : language + true;
        CampaignMail template = templates.get(key);
        String unsubscribe = unsubscribeLink(delivery.memberId());
        CampaignMail mail = template.forMember(unsubscribe);
        InternetAddress to = new InternetAddress(delivery.email(), true);
        to.validate();
        byte[] raw = RawMail.build(
                messageId,
                from.getAddress(),
                to.getAddress(),
                subjects.get(key),
                unsubscribe,
                campaign.getId(),
                mail.text(),
                mail.html());
        return new MimeMessage(session, new ByteArrayInputStream(raw));
    }

    /** The link in the mail and in List-Unsubscribe; it works without a login (RFC 8058 one-click POST too). */
    public String unsubscribeLink(long memberId) {
        URI root = base != null ? base : environment.baseUrl();
        return tokens.link(root, MailList.CAMPAIGN, memberId, clock.instant());
    }

    /** The same for every try of the same delivery, so a copy sent again after a crash is recognisable. */
    public String messageId(long campaignId, long memberId) {
        URI root = base != null ? base : environment.baseUrl();
        return "<campaign-" + campaignId + ".member-" + memberId + "@" + root.getHost() + ">";
    }

    private Transport connect() throws MessagingException {
        Transport transport = session.getTransport("smtp");
        var user = environment.smtpUser();
        if (user.isPresent()) {
            transport.connect(user.get(), environment.smtpPassword());
        } else {
            transport.connect();
        }
        return transport;
    }

    private static String lastReply(Transport transport) {
        return SmtpReplies.lastServerResponse(transport);
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
