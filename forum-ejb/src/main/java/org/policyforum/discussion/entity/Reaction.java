package org.policyforum.discussion.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A member's agree or disagree on an opinion or comment; one per member per item (a unique key), changeable. */
@Entity
@NamedQuery(
        name = Reaction.OF_MEMBER,
        query = "SELECT r FROM Reaction r WHERE r.memberId = :member AND r.targetType = :type AND r.targetId = :target")
@NamedQuery(
        name = Reaction.COUNTS,
        query = "SELECT r.targetId, r.kind, COUNT(r) FROM Reaction r WHERE r.targetType = :type AND r.targetId IN "
                + ":targets GROUP BY r.targetId, r.kind")
@NamedQuery(
        name = Reaction.MINE,
        query = "SELECT r FROM Reaction r WHERE r.memberId = :member AND r.targetType = :type AND r.targetId IN "
                + ":targets")
public class Reaction {

    public static final String OF_MEMBER = "Reaction.ofMember";
    public static final String COUNTS = "Reaction.counts";
    public static final String MINE = "Reaction.mine";

    @Id
    @SequenceGenerator(name = "reaction_seq", sequenceName = "reaction_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reaction_seq")
    private Long id;

    @Column(name = "member_id")
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type")
    private TargetType targetType;

    @Column(name = "target_id")
    private long targetId;

    @Enumerated(EnumType.STRING)
    private ReactionKind kind;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    private long version;

    protected Reaction() {}

    public Reaction(long memberId, TargetType targetType, long targetId, ReactionKind kind, Instant now) {
        this.memberId = memberId;
        this.targetType = Objects.requireNonNull(targetType);
        this.targetId = targetId;
        this.kind = Objects.requireNonNull(kind);
        this.createdAt = now;
        this.changedAt = now;
    }

    public void change(ReactionKind newKind, Instant now) {
        if (newKind != kind) {
            kind = Objects.requireNonNull(newKind);
            changedAt = now;
        }
    }

    public long getTargetId() {
        return targetId;
    }

    public ReactionKind getKind() {
        return kind;
    }
}
