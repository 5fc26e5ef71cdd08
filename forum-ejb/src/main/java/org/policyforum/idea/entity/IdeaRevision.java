package org.policyforum.idea.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** The words an idea had before its author edited it: the history stays readable. */
@Entity
@Table(name = "idea_revision")
public class IdeaRevision {

    @Id
    @SequenceGenerator(name = "idea_revision_seq", sequenceName = "idea_revision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idea_revision_seq")
    private Long id;

    @Column(name = "idea_id")
    private Long ideaId;

    private String title;
    private String body;

    @Column(name = "revised_at")
    private Instant revisedAt;

    protected IdeaRevision() {}

    IdeaRevision(Long ideaId, String title, String body, Instant revisedAt) {
        this.ideaId = ideaId;
        this.title = title;
        this.body = body;
        this.revisedAt = revisedAt;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Instant getRevisedAt() {
        return revisedAt;
    }
}
