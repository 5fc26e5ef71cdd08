package org.policyforum.idea.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * What a member puts on an idea once (a support, a follow): the primary key (idea, member) allows one, also for two
 * posts that arrive together.
 */
@MappedSuperclass
public abstract class IdeaMark {

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

    protected IdeaMark() {}

    protected IdeaMark(long ideaId, long memberId, Instant now) {
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
