package org.policyforum.idea.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One member's support of one idea: the primary key (idea, member) allows one, also for two posts that arrive together. */
@Entity
@Table(name = "idea_support")
@IdClass(IdeaSupport.Key.class)
public class IdeaSupport {

    /** The primary key (a class, not a record: the provider sets its fields). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long ideaId;
        private Long memberId;

        public Key() {}

        public Key(Long ideaId, Long memberId) {
            this.ideaId = ideaId;
            this.memberId = memberId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(ideaId, key.ideaId)
                    && Objects.equals(memberId, key.memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ideaId, memberId);
        }
    }

    @Id
    @Column(name = "idea_id")
    private Long ideaId;

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "created_at")
    private Instant createdAt;

    protected IdeaSupport() {}

    public IdeaSupport(long ideaId, long memberId, Instant now) {
        this.ideaId = ideaId;
        this.memberId = memberId;
        this.createdAt = now;
    }

    public Long getIdeaId() {
        return ideaId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
