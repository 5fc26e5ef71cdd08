package org.policyforum.idea.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One move of an idea, as its page shows it: the new state, when, and why (a person's words or a bundle key). */
@Entity
@Table(name = "idea_event")
public class IdeaEvent {

    @Id
    @SequenceGenerator(name = "idea_event_seq", sequenceName = "idea_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idea_event_seq")
    private Long id;

    @Column(name = "idea_id")
    private Long ideaId;

    @Enumerated(EnumType.STRING)
    private IdeaState state;

    private String reason;

    @Column(name = "reason_key")
    private String reasonKey;

    @Column(name = "happened_at")
    private Instant happenedAt;

    protected IdeaEvent() {}

    IdeaEvent(Idea idea, IdeaState state, String reason, String reasonKey, Instant happenedAt) {
        this.ideaId = idea.getId();
        this.state = state;
        this.reason = reason;
        this.reasonKey = reasonKey;
        this.happenedAt = happenedAt;
    }

    /** For an idea persisted after the event was made (its id was not yet known). */
    public IdeaEvent of(Idea idea) {
        this.ideaId = idea.getId();
        return this;
    }

    public Long getIdeaId() {
        return ideaId;
    }

    public IdeaState getState() {
        return state;
    }

    public String getReason() {
        return reason;
    }

    public String getReasonKey() {
        return reasonKey;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }
}
