package org.policyforum.discussion.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.policyforum.member.entity.Member;
import org.policyforum.topic.entity.Stance;

/**
 * What an opinion and a comment share: a member's plain text that its author may edit (the old text goes to the
 * history) or withdraw while it is visible. Each table has these columns of its own; only the rules are shared.
 */
@MappedSuperclass
public abstract class Contribution {

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id")
    private Member author;

    private String body;

    @Enumerated(EnumType.STRING)
    private Opinion.Status status;

    /** A moderator's reason for hiding it, shown on the placeholder; none while it is hidden by reports alone. */
    @Column(name = "hidden_reason")
    private String hiddenReason;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Version
    private long version;

    protected Contribution() {}

    protected Contribution(Member author, String body, Instant now) {
        this.author = Objects.requireNonNull(author);
        this.body = Objects.requireNonNull(body).strip();
        this.status = Opinion.Status.VISIBLE;
        this.createdAt = now;
    }

    public abstract Long getId();

    /** Replaces the text; returns what it said before (with the stance it had, for an opinion) for the history. */
    protected Revision revise(TargetType type, Stance stanceBefore, String newBody, Instant now) {
        requireVisible();
        Revision previous = new Revision(type, getId(), stanceBefore, body, now);
        body = Objects.requireNonNull(newBody).strip();
        editedAt = now;
        return previous;
    }

    /** The author takes it back: the page shows a placeholder where it stood. */
    public void withdraw() {
        requireVisible();
        status = Opinion.Status.WITHDRAWN;
    }

    /**
     * Moderation hides it: enough reports ({@code reason} null: pending review), or a moderator, whose reason the
     * placeholder shows; a moderator who confirms an item the reports hid gives it the reason. The page shows a
     * placeholder, its author the text.
     */
    public void hide(String reason) {
        if (status != Opinion.Status.HIDDEN) {
            requireVisible();
        }
        status = Opinion.Status.HIDDEN;
        hiddenReason = reason;
    }

    /** A moderator shows a hidden item again. */
    public void restore() {
        if (status != Opinion.Status.HIDDEN) {
            throw new IllegalStateException(getClass().getSimpleName() + " is " + status);
        }
        status = Opinion.Status.VISIBLE;
        hiddenReason = null;
    }

    private void requireVisible() {
        if (status != Opinion.Status.VISIBLE) {
            throw new IllegalStateException(getClass().getSimpleName() + " is " + status);
        }
    }

    public boolean isVisible() {
        return status == Opinion.Status.VISIBLE;
    }

    public boolean isWrittenBy(Member member) {
        return author.getId().equals(member.getId());
    }

    public Member getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Opinion.Status getStatus() {
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
