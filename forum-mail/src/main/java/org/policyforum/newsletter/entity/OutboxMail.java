package org.policyforum.newsletter.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A mail waiting to be sent, or the record of one that was. */
@Entity
@Table(name = "outbox_mail")
@NamedQuery(
        name = OutboxMail.DUE,
        query = "SELECT m FROM OutboxMail m WHERE m.status = "
                + "org.policyforum.newsletter.entity.OutboxMail.Status.PENDING AND m.nextAttemptAt <= "
                + ":now ORDER BY m.id")
@NamedQuery(name = OutboxMail.RECENT, query = "SELECT m FROM OutboxMail m ORDER BY m.id DESC")
public class OutboxMail {

    public static final String DUE = "OutboxMail.due";
    public static final String RECENT = "OutboxMail.recent";

    public enum Status {
        PENDING,
        SENT,
        FAILED
    }

    @Id
    @SequenceGenerator(name = "outbox_mail_seq", sequenceName = "outbox_mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_mail_seq")
    private Long id;

    private String recipient;
    private String subject;

    @Column(name = "text_body")
    private String textBody;

    @Column(name = "html_body")
    private String htmlBody;

    private String kind;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "message_id")
    private String messageId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;
    /** Where the recipient stops this kind of mail (List-Unsubscribe); null for transactional mail. */
    @Column(name = "unsubscribe_url")
    private String unsubscribeUrl;

    protected OutboxMail() {}

    public OutboxMail(
            String recipient,
            String subject,
            String textBody,
            String htmlBody,
            String kind,
            String messageId,
            Instant now) {
        this(recipient, subject, textBody, htmlBody, kind, messageId, null, now);
    }

    public OutboxMail(
            String recipient,
            String subject,
            String textBody,
            String htmlBody,
            String kind,
            String messageId,
            String unsubscribeUrl,
            Instant now) {
        this.unsubscribeUrl = unsubscribeUrl;
        this.recipient = recipient;
        this.subject = subject;
        this.textBody = textBody;
        this.htmlBody = htmlBody;
        this.kind = kind;
        this.messageId = messageId;
        this.status = Status.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void sent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        attempts++;
        lastError = null;
    }

    /** A failed try: wait longer each time (1, 2, 4 … minutes), and give up after {@code maxAttempts}. */
    public void failed(String error, Instant now, int maxAttempts) {
        attempts++;
        lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 1000));
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = now.plus(Duration.ofMinutes(1L << Math.min(attempts - 1, 10)));
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public String getKind() {
        return kind;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public String getMessageId() {
        return messageId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getUnsubscribeUrl() {
        return unsubscribeUrl;
    }
}
