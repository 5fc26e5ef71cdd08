package org.policyforum.idea.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a comment on an idea said before an edit; the history stays readable. */
@Entity
@Table(name = "idea_comment_revision")
public class IdeaCommentRevision {

    @Id
    @SequenceGenerator(
            name = "idea_comment_revision_seq",
            sequenceName = "idea_comment_revision_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idea_comment_revision_seq")
    private Long id;

    @Column(name = "comment_id")
    private Long commentId;

    private String body;

    @Column(name = "replaced_at")
    private Instant replacedAt;

    protected IdeaCommentRevision() {}

    IdeaCommentRevision(Long commentId, String body, Instant replacedAt) {
        this.commentId = commentId;
        this.body = body;
        this.replacedAt = replacedAt;
    }

    public String getBody() {
        return body;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }
}
