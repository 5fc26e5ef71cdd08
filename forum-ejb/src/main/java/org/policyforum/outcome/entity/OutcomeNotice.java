package org.policyforum.outcome.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A change of an outcome that the members who took part in its source are to be told of (a status move or a new
 * timeline entry). Written in the change's transaction; while it waits, later changes of the same outcome fold into
 * it, so a burst of edits makes one mail. The mail module's timer takes it up (after which changes make a new
 * notice), mails it and marks it done.
 */
@Entity
@Table(name = "outcome_notice")
@NamedQuery(
        name = OutcomeNotice.WAITING_OF,
        query = "SELECT n FROM OutcomeNotice n WHERE n.outcomeId = :outcome AND n.startedAt IS NULL AND n.doneAt IS "
                + "NULL")
@NamedQuery(name = OutcomeNotice.WAITING, query = "SELECT n FROM OutcomeNotice n WHERE n.doneAt IS NULL ORDER BY n.id")
public class OutcomeNotice {

    public static final String WAITING_OF = "OutcomeNotice.waitingOf";
    public static final String WAITING = "OutcomeNotice.waiting";

    @Id
    @SequenceGenerator(name = "outcome_notice_seq", sequenceName = "outcome_notice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outcome_notice_seq")
    private Long id;

    @Column(name = "outcome_id")
    private Long outcomeId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "done_at")
    private Instant doneAt;

    protected OutcomeNotice() {}

    public OutcomeNotice(long outcomeId, Instant now) {
        this.outcomeId = outcomeId;
        this.createdAt = now;
    }

    /** A mail run takes the notice up: what changes from now on is a notice of its own. */
    public void start(Instant now) {
        if (startedAt == null) {
            startedAt = now;
        }
    }

    public void done(Instant now) {
        if (doneAt == null) {
            doneAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getOutcomeId() {
        return outcomeId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDoneAt() {
        return doneAt;
    }
}
