package org.policyforum.idea.entity;

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

/**
 * A member's comment on an idea, or a reply to another comment of the same idea: plain text that its author may edit
 * (the old text goes to {@link IdeaCommentRevision}) or withdraw while it is visible. The same rules as a comment
 * under an opinion, in the idea feature's own table.
 */
@Entity
@Table(name = "idea_comment")
public class IdeaComment {

    public static final int MAX_LENGTH = 3_000;

    public enum Status {
        VISIBLE,
        WITHDRAWN,
        HIDDEN
    }

    @Id
    @SequenceGenerator(name = "idea_comment_seq", sequenceName = "idea_comment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idea_comment_seq")
    private Long id;

    @Column(name = "idea_id")
    private Long ideaId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "root_id")
    private Long rootId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id")
    private Member author;

    private String body;

    @Enumerated(EnumType.STRING)
    private Status status;

    /** A moderator's reason for hiding it, shown on the placeholder; none while it is hidden by reports alone. */
    @Column(name = "hidden_reason")
    private String hiddenReason;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Version
    private long version;

    protected IdeaComment() {}

    /** A comment on {@code ideaId}; with a {@code parent}, a reply in that comment's thread (of the same idea). */
    public IdeaComment(long ideaId, IdeaComment parent, Member author, String body, Instant now) {
        if (parent != null && parent.ideaId != ideaId) {
            throw new IllegalArgumentException("a reply stays under the same idea");
        }
        this.ideaId = ideaId;
        this.parentId = parent == null ? null : Objects.requireNonNull(parent.id, "the parent is stored first");
        this.rootId = parent == null ? null : parent.rootId == null ? parent.id : parent.rootId;
        this.author = Objects.requireNonNull(author);
        this.body = Objects.requireNonNull(body).strip();
        this.status = Status.VISIBLE;
        this.createdAt = now;
    }

    /** Replaces the text; returns what it said before, for the history shown as "edited". */
    public IdeaCommentRevision edit(String newBody, Instant now) {
        requireVisible();
        IdeaCommentRevision previous = new IdeaCommentRevision(id, body, now);
        body = Objects.requireNonNull(newBody).strip();
        editedAt = now;
        return previous;
    }

    /** The author takes it back: the page shows a placeholder where it stood, and its replies stay. */
    public void withdraw() {
        requireVisible();
        status = Status.WITHDRAWN;
    }

    /**
     * Moderation hides it: enough reports ({@code reason} null: pending review), or a moderator, whose reason the
     * placeholder shows (also when confirming what the reports hid). Others see a placeholder, its replies stay.
     */
    public void hide(String reason) {
        if (status != Status.HIDDEN) {
            requireVisible();
        }
        status = Status.HIDDEN;
        hiddenReason = reason;
    }

    /** A moderator shows a hidden comment again. */
    public void restore() {
        if (status != Status.HIDDEN) {
            throw new IllegalStateException("the comment is " + status);
        }
        status = Status.VISIBLE;
        hiddenReason = null;
    }

    private void requireVisible() {
        if (status != Status.VISIBLE) {
            throw new IllegalStateException("the comment is " + status);
        }
    }

    public boolean isVisible() {
        return status == Status.VISIBLE;
    }

    public boolean isWrittenBy(long memberId) {
        return author.getId() != null && author.getId() == memberId;
    }

    public Long getId() {
        return id;
    }

    public Long getIdeaId() {
        return ideaId;
    }

    public Long getParentId() {
        return parentId;
    }

    public Long getRootId() {
        return rootId;
    }

    public Member getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    /** Why a moderator hid it; null if it shows, or while only reports hid it. */
    public String getHiddenReason() {
        return hiddenReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }
}
