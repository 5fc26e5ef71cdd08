package org.policyforum.member.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * When a member stopped one of their mail lists (the one-click link or the account page): the consent columns on the
 * member row say only whether they take it now, the site overview counts the unsubscribes per month from these.
 * Written once, never changed.
 */
@Entity
@Table(name = "member_mail_stop")
public class MailStop {

    @Id
    @SequenceGenerator(name = "member_mail_stop_seq", sequenceName = "member_mail_stop_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_mail_stop_seq")
    private Long id;

    @Column(name = "member_id")
    private long memberId;

    /** The list's name, as {@code MailRecipients.Consent} names it. */
    @Column(name = "mail_list")
    private String list;

    @Column(name = "stopped_at")
    private Instant stoppedAt;

    protected MailStop() {}

    public MailStop(long memberId, String list, Instant stoppedAt) {
        this.memberId = memberId;
        this.list = Objects.requireNonNull(list);
        this.stoppedAt = Objects.requireNonNull(stoppedAt);
    }

    public long getMemberId() {
        return memberId;
    }

    public String getList() {
        return list;
    }

    public Instant getStoppedAt() {
        return stoppedAt;
    }
}
