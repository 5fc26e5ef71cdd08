package org.policyforum.newsletter.control;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.policyforum.newsletter.entity.OutboxMail;
import org.policyforum.platform.control.ForumEnvironment;

/**
 * Drains the outbox every few seconds over one SMTP connection, outside any web request: the single mails (address
 * confirmations, password resets, award notices, follow digests). A mail that fails is tried again later with
 * backoff. The monthly topic campaign does not pass through here: {@link CampaignSender} sends it with its own
 * workers and row claims.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    static final int BATCH = 50;
    static final Duration UNREACHABLE_PAUSE = Duration.ofSeconds(30);

    @Resource(lookup = "java:jboss/mail/Default")
    Session session;

    @Inject
    OutboxStore store;

    @Inject
    ForumEnvironment environment;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();
    /** After the SMTP server could not be reached, wait before trying again (and say so in the log only once). */
    private volatile Instant pausedUntil = Instant.MIN;

    private volatile boolean unreachableReported;

    @Schedule(hour = "*", minute = "*", second = "*/3", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void drain() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            if (clock.instant().isBefore(pausedUntil)) {
                return;
            }
            List<OutboxMail> due = store.due(BATCH);
            if (due.isEmpty()) {
                return;
            }
            try (Transport transport = connect()) {
                for (OutboxMail mail : due) {
                    try {
                        transport.sendMessage(
                                toMessage(mail), new InternetAddress[] {new InternetAddress(mail.getRecipient())});
                        store.markSent(mail.getId());
                    } catch (MessagingException e) {
                        store.markFailed(mail.getId(), e.getMessage());
                    }
                }
                unreachableReported = false;
            } catch (MessagingException e) {
                pausedUntil = clock.instant().plus(UNREACHABLE_PAUSE);
                LOG.log(
                        unreachableReported ? Level.FINE : Level.WARNING,
                        "SMTP server not reachable; {0} mail(s) wait and are retried every minute: {1}",
                        new Object[] {due.size(), e.getMessage()});
                unreachableReported = true;
            }
        } finally {
            running.set(false);
        }
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

    private MimeMessage toMessage(OutboxMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", mail.getMessageId());
            }
        };
        message.setFrom(new InternetAddress(environment.mailFrom()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient()));
        message.setSubject(mail.getSubject(), "UTF-8");
        if (mail.getUnsubscribeUrl() != null) {
            // RFC 8058: the mail client may POST to the address at once, without opening it in a browser
            message.setHeader("List-Unsubscribe", "<" + mail.getUnsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.getTextBody(), "UTF-8");
        alternative.addBodyPart(text);
        if (mail.getHtmlBody() != null) {
            MimeBodyPart html = new MimeBodyPart();
            html.setContent(mail.getHtmlBody(), "text/html; charset=UTF-8");
            alternative.addBodyPart(html);
        }
        message.setContent(alternative);
        return message;
    }
}
