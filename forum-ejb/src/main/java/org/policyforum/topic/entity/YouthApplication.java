package org.policyforum.topic.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.policyforum.member.entity.Member;

/** A young member's application to the youth panel; an operator approves or declines it with a reason. */
@Entity
@Table(name = "youth_application")
public class YouthApplication {

    public enum Status {
        PENDING,
        APPROVED,
        DECLINED
    }

    @Id
    @SequenceGenerator(name = "youth_application_seq", sequenceName = "youth_application_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "youth_application_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    private String motivation;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String reason;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected YouthApplication() {}

    public YouthApplication(Member member, String motivation, Instant now) {
        this.member = Objects.requireNonNull(member);
        this.motivation = Objects.requireNonNull(motivation).strip();
        this.status = Status.PENDING;
        this.createdAt = now;
    }

    /** A declined member may apply again; the application is reused (one row per member). */
    public void reapply(String newMotivation, Instant now) {
        if (status != Status.DECLINED) {
            throw new IllegalStateException("application is " + status);
        }
        motivation = Objects.requireNonNull(newMotivation).strip();
        status = Status.PENDING;
        reason = null;
        createdAt = now;
        decidedAt = null;
    }

    public void approve(Instant now) {
        requirePending();
        status = Status.APPROVED;
        decidedAt = now;
    }

    public void decline(String why, Instant now) {
        requirePending();
        status = Status.DECLINED;
        reason = Objects.requireNonNull(why).strip();
        decidedAt = now;
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new IllegalStateException("application is " + status);
        }
    }

    public Long getId() {
        return id;
    }

    public Member getMember() {
        return member;
    }

    public String getMotivation() {
        return motivation;
    }

    public Status getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
