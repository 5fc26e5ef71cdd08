package org.policyforum.newsletter.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
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

/**
 * Drains the outbox every few seconds over one SMTP connection, outside any web request: the single mails (address
 * confirmations, password resets, award notices, follow digests). A mail that fails is tried again later with
 * backoff. The connection and the From address are {@link SmtpServer}'s, as for the campaign. The monthly topic
 * campaign does not pass through here: {@link CampaignSender} sends it with its own workers and row claims.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    static final int BATCH = 50;
    static final Duration UNREACHABLE_PAUSE = Duration.ofSeconds(30);

    @Inject
    SmtpServer smtp;

    @Inject
    OutboxStore store;

    @Inject
    Clock clock;

    @Inject
    MailMeters meters;

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
            try (SmtpConnection connection = smtp.connect()) {
                for (OutboxMail mail : due) {
                    try {
                        connection.send(toMessage(mail, connection));
                        store.markSent(mail.getId());
                        meters.outboxMailSent();
                    } catch (MessagingException e) {
                        store.markFailed(mail.getId(), e.getMessage());
                        if (!connection.isConnected()) {
                            // sending on would throw IllegalStateException: the rest waits for the next round
                            LOG.warning(() -> "SMTP connection closed after a failed mail; the outbox's other mails"
                                    + " wait for the next round: " + e);
                            break;
                        }
                    }
                }
                unreachableReported = false;
            } catch (MessagingException e) {
                pausedUntil = clock.instant().plus(UNREACHABLE_PAUSE);
                LOG.log(
                        unreachableReported ? Level.FINE : Level.WARNING,
                        "SMTP server not reachable; {0} mail(s) wait and are tried again in {1} s: {2}",
                        new Object[] {due.size(), UNREACHABLE_PAUSE.toSeconds(), e.getMessage()});
                unreachableReported = true;
            }
        } finally {
            running.set(false);
        }
    }

    private MimeMessage toMessage(OutboxMail mail, SmtpConnection connection) throws MessagingException {
        MimeMessage message = new MimeMessage(connection.session()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", mail.getMessageId());
            }
        };
        message.setFrom(smtp.from());
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
