package org.policyforum.discussion.entity;

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
import java.time.Instant;
import java.util.Objects;
import org.policyforum.member.entity.Member;
import org.policyforum.topic.entity.Stance;
import org.policyforum.topic.entity.Topic;

/** A verified member's opinion on a topic: plain text (never HTML) with a stance. */
@Entity
@NamedQuery(name = Opinion.BY_IDS, query = "SELECT o FROM Opinion o JOIN FETCH o.author WHERE o.id IN :ids")
@NamedQuery(
        name = Opinion.STANCE_COUNTS,
        query = "SELECT o.stance, COUNT(o) FROM Opinion o WHERE o.topic = :topic AND o.status = "
                + "org.policyforum.discussion.entity.Opinion.Status.VISIBLE GROUP BY o.stance")
public class Opinion extends Contribution {

    public static final String BY_IDS = "Opinion.byIds";
    public static final String STANCE_COUNTS = "Opinion.stanceCounts";
    public static final int MAX_LENGTH = 10_000;

    public enum Status {
        VISIBLE,
        WITHDRAWN,
        HIDDEN
    }

    @Id
    @SequenceGenerator(name = "opinion_seq", sequenceName = "opinion_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opinion_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "topic_id")
    private Topic topic;

    @Enumerated(EnumType.STRING)
    private Stance stance;

    protected Opinion() {}

    public Opinion(Topic topic, Member author, Stance stance, String body, Instant now) {
        super(author, body, now);
        this.topic = Objects.requireNonNull(topic);
        this.stance = Objects.requireNonNull(stance);
    }

    /** Changes stance and text; returns what it said before, for the history shown as "edited". */
    public Revision edit(Stance newStance, String newBody, Instant now) {
        Objects.requireNonNull(newStance);
        Revision previous = revise(TargetType.OPINION, stance, newBody, now);
        stance = newStance;
        return previous;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Topic getTopic() {
        return topic;
    }

    public Stance getStance() {
        return stance;
    }
}
