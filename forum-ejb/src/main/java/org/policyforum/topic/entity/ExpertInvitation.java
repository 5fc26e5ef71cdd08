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

/** An expert member asked to write one side's brief for a topic; answered once the brief is written. */
@Entity
@Table(name = "expert_invitation")
public class ExpertInvitation {

    public enum Status {
        INVITED,
        WRITTEN
    }

    @Id
    @SequenceGenerator(name = "expert_invitation_seq", sequenceName = "expert_invitation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "expert_invitation_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "topic_id")
    private Topic topic;

    @ManyToOne(optional = false)
    @JoinColumn(name = "expert_id")
    private Member expert;

    @Enumerated(EnumType.STRING)
    private Stance stance;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    private long version;

    protected ExpertInvitation() {}

    public ExpertInvitation(Topic topic, Member expert, Stance stance, Instant now) {
        if (stance == Stance.NEUTRAL) {
            throw new IllegalArgumentException("a brief argues for or against");
        }
        this.topic = Objects.requireNonNull(topic);
        this.expert = Objects.requireNonNull(expert);
        this.stance = Objects.requireNonNull(stance);
        this.status = Status.INVITED;
        this.createdAt = now;
    }

    /** The expert's brief; only once per invitation. */
    public ExpertOpinion write(String affiliation, String title, String body, Instant now) {
        if (status != Status.INVITED) {
            throw new IllegalStateException("brief already written");
        }
        status = Status.WRITTEN;
        answeredAt = now;
        return new ExpertOpinion(topic, stance, expert.getRealName(), affiliation, title, body, expert, now);
    }

    public Long getId() {
        return id;
    }

    public Topic getTopic() {
        return topic;
    }

    public Member getExpert() {
        return expert;
    }

    public Stance getStance() {
        return stance;
    }

    public Status getStatus() {
        return status;
    }
}
