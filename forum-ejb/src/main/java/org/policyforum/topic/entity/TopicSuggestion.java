package org.policyforum.topic.entity;

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
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.policyforum.member.entity.Bureau;
import org.policyforum.member.entity.Member;

/**
 * A suggestion for a month's topic, from a citizen, an expert or a bureau. Operators shortlist, select or decline
 * it; a decline always carries a reason its author can read.
 */
@Entity
@Table(name = "topic_suggestion")
public class TopicSuggestion implements Serializable {

    public enum Status {
        SUBMITTED,
        SHORTLISTED,
        SELECTED,
        DECLINED;

        public boolean isOpen() {
            return this == SUBMITTED || this == SHORTLISTED;
        }
    }

    @Id
    @SequenceGenerator(name = "topic_suggestion_seq", sequenceName = "topic_suggestion_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "topic_suggestion_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id")
    private Member author;

    @Enumerated(EnumType.STRING)
    private Forum forum;

    private String title;
    private String why;

    @ManyToOne
    @JoinColumn(name = "bureau_id")
    private Bureau bureau;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /** Hidden by moderation: reports or screening (pending review), or a moderator. Apart from its status. */
    private boolean hidden;

    /** A moderator's reason for hiding it, shown to its author; none while it waits for review. */
    @Column(name = "hidden_reason")
    private String hiddenReason;

    @Version
    private long version;

    protected TopicSuggestion() {}

    public TopicSuggestion(Member author, Forum forum, String title, String why, Bureau bureau, Instant now) {
        this.author = Objects.requireNonNull(author);
        this.forum = Objects.requireNonNull(forum);
        this.title = Objects.requireNonNull(title).strip();
        this.why = Objects.requireNonNull(why).strip();
        this.bureau = bureau;
        this.status = Status.SUBMITTED;
        this.createdAt = now;
    }

    public void shortlist(Instant now) {
        requireOpen();
        status = Status.SHORTLISTED;
        decidedAt = now;
    }

    public void select(Instant now) {
        requireOpen();
        status = Status.SELECTED;
        decidedAt = now;
    }

    public void decline(String reason, Instant now) {
        requireOpen();
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a decline gives its reason");
        }
        status = Status.DECLINED;
        decisionReason = reason.strip();
        decidedAt = now;
    }

    /**
     * Moderation hides it: reports or screening ({@code reason} null: pending review), or a moderator with a reason.
     * It leaves the public box; its author still reads it, and operators still decide on it.
     */
    public void hide(String reason) {
        hidden = true;
        hiddenReason = reason;
    }

    /** A moderator shows a hidden suggestion again. */
    public void restore() {
        if (!hidden) {
            throw new IllegalStateException("the suggestion is not hidden");
        }
        hidden = false;
        hiddenReason = null;
    }

    public boolean isHidden() {
        return hidden;
    }

    /** Why a moderator hid it; null if it shows, or while it waits for review. */
    public String getHiddenReason() {
        return hiddenReason;
    }

    public boolean isWrittenBy(long memberId) {
        return author.getId() != null && author.getId() == memberId;
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new IllegalStateException("suggestion already " + status);
        }
    }

    public Long getId() {
        return id;
    }

    public Member getAuthor() {
        return author;
    }

    public Forum getForum() {
        return forum;
    }

    public String getTitle() {
        return title;
    }

    public String getWhy() {
        return why;
    }

    public Bureau getBureau() {
        return bureau;
    }

    public Status getStatus() {
        return status;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
