package org.policyforum.idea.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A member's agree or disagree on a comment of an idea: the primary key (comment, member) allows one, also for two
 * clicks that arrive together; the member may change it, as on opinions.
 */
@Entity
@Table(name = "idea_comment_reaction")
@IdClass(IdeaCommentReaction.Key.class)
public class IdeaCommentReaction {

    public enum Kind {
        AGREE,
        DISAGREE
    }

    /** The primary key (a class, not a record: the provider sets its fields). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long commentId;
        private Long memberId;

        public Key() {}

        public Key(Long commentId, Long memberId) {
            this.commentId = commentId;
            this.memberId = memberId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(commentId, key.commentId)
                    && Objects.equals(memberId, key.memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(commentId, memberId);
        }
    }

    @Id
    @Column(name = "comment_id")
    private Long commentId;

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    private long version;

    protected IdeaCommentReaction() {}

    public IdeaCommentReaction(long commentId, long memberId, Kind kind, Instant now) {
        this.commentId = commentId;
        this.memberId = memberId;
        this.kind = Objects.requireNonNull(kind);
        this.createdAt = now;
        this.changedAt = now;
    }

    /** Agree becomes disagree or back; the same kind again changes nothing. */
    public void change(Kind newKind, Instant now) {
        if (Objects.requireNonNull(newKind) != kind) {
            kind = newKind;
            changedAt = now;
        }
    }

    public Long getCommentId() {
        return commentId;
    }

    public Kind getKind() {
        return kind;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
