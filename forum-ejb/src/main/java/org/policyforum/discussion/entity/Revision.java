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
import java.time.Instant;
import org.policyforum.topic.entity.Stance;

/** What an opinion or comment said before an edit; the history stays readable. */
@Entity
@NamedQuery(
        name = Revision.OF_TARGET,
        query = "SELECT r FROM Revision r WHERE r.targetType = :type AND r.targetId = :target ORDER BY "
                + "r.replacedAt, r.id")
public class Revision {

    public static final String OF_TARGET = "Revision.ofTarget";

    @Id
    @SequenceGenerator(name = "revision_seq", sequenceName = "revision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type")
    private TargetType targetType;

    @Column(name = "target_id")
    private long targetId;

    @Enumerated(EnumType.STRING)
    private Stance stance;

    private String body;

    @Column(name = "replaced_at")
    private Instant replacedAt;

    protected Revision() {}

    public Revision(TargetType targetType, long targetId, Stance stance, String body, Instant replacedAt) {
        this.targetType = targetType;
        this.targetId = targetId;
        this.stance = stance;
        this.body = body;
        this.replacedAt = replacedAt;
    }

    public Stance getStance() {
        return stance;
    }

    public String getBody() {
        return body;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }
}
