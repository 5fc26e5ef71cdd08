package org.policyforum.idea.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.policyforum.member.entity.Bureau;

/**
 * What the city owes an idea because it crossed a tier: exactly one per idea and tier (the database's unique key),
 * with the day it is due. It is fulfilled by an answer of the bureau it names, and shown as overdue when it is not
 * fulfilled in time — on the idea, on the tracker and in the bureau's queue.
 */
@Entity
@Table(name = "answer_obligation")
@NamedQuery(
        name = AnswerObligation.OF_IDEA,
        query = "SELECT o FROM AnswerObligation o WHERE o.ideaId = :idea" + " ORDER BY o.tierSupports")
@NamedQuery(
        name = AnswerObligation.OPEN_DUE_BEFORE,
        query = "SELECT o FROM AnswerObligation o WHERE o.fulfilledAt IS NULL AND o.dueAt IS NOT NULL"
                + " AND o.dueAt <= :before ORDER BY o.dueAt")
public class AnswerObligation {

    public static final String OF_IDEA = "AnswerObligation.ofIdea";
    public static final String OPEN_DUE_BEFORE = "AnswerObligation.openDueBefore";

    @Id
    @SequenceGenerator(name = "answer_obligation_seq", sequenceName = "answer_obligation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "answer_obligation_seq")
    private Long id;

    @Column(name = "idea_id")
    private Long ideaId;

    @Column(name = "tier_id")
    private Long tierId;

    @Enumerated(EnumType.STRING)
    private Obligation obliges;

    @Column(name = "tier_supports")
    private int tierSupports;

    @ManyToOne
    @JoinColumn(name = "bureau_id")
    private Bureau bureau;

    @Column(name = "crossed_at")
    private Instant crossedAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "fulfilled_at")
    private Instant fulfilledAt;

    @Column(name = "reminded_before")
    private boolean remindedBefore;

    @Column(name = "reminded_after")
    private boolean remindedAfter;

    @Version
    private long version;

    protected AnswerObligation() {}

    /** The idea crossed the tier now; who answers is the tier's bureau, else the idea's owner (maybe not yet known). */
    public AnswerObligation(Idea idea, SupportTier tier, Instant now) {
        this.ideaId = idea.getId();
        this.tierId = tier.getId();
        this.obliges = tier.getObliges();
        this.tierSupports = tier.getSupports();
        this.bureau = tier.getAnsweringBureau() != null ? tier.getAnsweringBureau() : idea.getBureau();
        this.crossedAt = now;
        this.dueAt = tier.getObliges().isAnswer() ? now.plus(Duration.ofDays(tier.getAnswerDays())) : null;
        if (!tier.getObliges().isAnswer()) {
            this.fulfilledAt = now;
        }
    }

    /** Triage assigned the idea's owner: an obligation that waited for one now names it. */
    public void assignIfUnowned(Bureau owner) {
        if (bureau == null && obliges == Obligation.BUREAU_ANSWER) {
            this.bureau = owner;
        }
    }

    public boolean isOpen() {
        return fulfilledAt == null;
    }

    public boolean isOverdue(Instant now) {
        return dueAt != null && (fulfilledAt == null ? now.isAfter(dueAt) : fulfilledAt.isAfter(dueAt));
    }

    /** Answered in time: what the public on-time figure counts. */
    public boolean wasOnTime() {
        return fulfilledAt != null && (dueAt == null || !fulfilledAt.isAfter(dueAt));
    }

    /** Whether an official of {@code bureauId} may answer it: its bureau's, or anyone's while it names none. */
    public boolean isAnswerableBy(Long bureauId) {
        return bureau == null || bureau.getId().equals(bureauId);
    }

    public void fulfil(Instant now) {
        if (fulfilledAt == null) {
            fulfilledAt = now;
        }
    }

    public void remindedBeforeDue() {
        remindedBefore = true;
    }

    public void remindedAfterDue() {
        remindedAfter = true;
    }

    public Long getId() {
        return id;
    }

    public Long getIdeaId() {
        return ideaId;
    }

    public Long getTierId() {
        return tierId;
    }

    public Obligation getObliges() {
        return obliges;
    }

    public int getTierSupports() {
        return tierSupports;
    }

    public Bureau getBureau() {
        return bureau;
    }

    public Instant getCrossedAt() {
        return crossedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getFulfilledAt() {
        return fulfilledAt;
    }

    public boolean isRemindedBefore() {
        return remindedBefore;
    }

    public boolean isRemindedAfter() {
        return remindedAfter;
    }
}
