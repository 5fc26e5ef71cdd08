package org.policyforum.discussion.entity;

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
import jakarta.persistence.Version;
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
        query =
                "SELECT o.stance, COUNT(o) FROM Opinion o WHERE o.topic = :topic AND o.status = org.policyforum.discussion.entity.Opinion.Status.VISIBLE GROUP BY o.stance")
public class Opinion {

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

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id")
    private Member author;

    @Enumerated(EnumType.STRING)
    private Stance stance;

    private String body;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Version
    private long version;

    protected Opinion() {}

    public Opinion(Topic topic, Member author, Stance stance, String body, Instant now) {
        this.topic = Objects.requireNonNull(topic);
        this.author = Objects.requireNonNull(author);
        this.stance = Objects.requireNonNull(stance);
        this.body = Objects.requireNonNull(body).strip();
        this.status = Status.VISIBLE;
        this.createdAt = now;
    }

    /** Changes stance and text; returns what it said before, for the history shown as "edited". */
    public Revision edit(Stance newStance, String newBody, Instant now) {
        requireVisible();
        Revision previous = new Revision(TargetType.OPINION, id, stance, body, now);
        stance = Objects.requireNonNull(newStance);
        body = Objects.requireNonNull(newBody).strip();
        editedAt = now;
        return previous;
    }

    /** The author takes it back: the page shows a placeholder where it stood. */
    public void withdraw() {
        requireVisible();
        status = Status.WITHDRAWN;
    }

    private void requireVisible() {
        if (status != Status.VISIBLE) {
            throw new IllegalStateException("opinion is " + status);
        }
    }

    public boolean isVisible() {
        return status == Status.VISIBLE;
    }

    public boolean isWrittenBy(Member member) {
        return author.getId().equals(member.getId());
    }

    public Long getId() {
        return id;
    }

    public Topic getTopic() {
        return topic;
    }

    public Member getAuthor() {
        return author;
    }

    public Stance getStance() {
        return stance;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }
}
