package org.policyforum.idea.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.policyforum.member.entity.Bureau;
import org.policyforum.member.entity.District;
import org.policyforum.member.entity.Member;

/**
 * A citizen's idea. It guards its own life: the author edits it only while nobody supports it, every state move is
 * one the rules allow and carries its date and reason ({@link IdeaEvent}), and supports are counted only while its
 * window is open. The count is kept here, under the row lock that {@code IdeaSupports} takes, so that it is exact and
 * the list can sort by it.
 */
@Entity
@Table(name = "idea")
@NamedQuery(
        name = Idea.DUE_TO_EXPIRE,
        query = "SELECT i FROM Idea i WHERE i.state IN :open AND i.supportEndsAt <= :now"
                + " AND NOT EXISTS (SELECT o FROM AnswerObligation o WHERE o.ideaId = i.id) ORDER BY i.id")
public class Idea {

    public static final String DUE_TO_EXPIRE = "Idea.dueToExpire";
    public static final int TITLE_MAX = 150;
    public static final int BODY_MAX = 5000;

    @Id
    @SequenceGenerator(name = "idea_seq", sequenceName = "idea_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idea_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private Member author;

    @Column(name = "author_id", insertable = false, updatable = false)
    private Long authorId;

    private String title;
    private String body;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private IdeaCategory category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "district_code")
    private District district;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "bureau_id")
    private Bureau bureau;

    @Enumerated(EnumType.STRING)
    private IdeaState state;

    @Column(name = "state_reason")
    private String stateReason;

    @Column(name = "state_changed_at")
    private Instant stateChangedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "support_ends_at")
    private Instant supportEndsAt;

    @Column(name = "support_count")
    private int supportCount;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "suggestion_id")
    private Long suggestionId;

    /** Hidden by moderation: reports or screening (pending review), or a moderator. Apart from its state. */
    private boolean hidden;

    /** A moderator's reason for hiding it, shown on the placeholder; none while it waits for review. */
    @Column(name = "hidden_reason")
    private String hiddenReason;

    @Version
    private long version;

    protected Idea() {}

    public Idea(
            Member author,
            String title,
            String body,
            IdeaCategory category,
            District district,
            Instant now,
            Duration supportWindow) {
        this.author = Objects.requireNonNull(author);
        this.authorId = author.getId();
        this.title = Objects.requireNonNull(title);
        this.body = Objects.requireNonNull(body);
        this.category = Objects.requireNonNull(category);
        this.district = district;
        this.state = IdeaState.SUBMITTED;
        this.stateChangedAt = now;
        this.publishedAt = now;
        this.supportEndsAt = now.plus(supportWindow);
    }

    /** The event that records the idea's publication, for its public history. */
    public IdeaEvent submitted() {
        return new IdeaEvent(this, IdeaState.SUBMITTED, null, null, publishedAt);
    }

    public boolean isAuthor(long memberId) {
        return authorId != null && authorId == memberId;
    }

    /**
     * The author may reword the idea while it is submitted, shown, and nobody supports it yet; the old words are kept.
     */
    public IdeaRevision edit(String newTitle, String newBody, Instant now) {
        if (!isEditable()) {
            throw new IllegalStateException("an idea is edited only while submitted and unsupported");
        }
        IdeaRevision earlier = new IdeaRevision(id, title, body, now);
        this.title = Objects.requireNonNull(newTitle);
        this.body = Objects.requireNonNull(newBody);
        return earlier;
    }

    /** Also not while moderation hides it: a hidden idea's words wait for a moderator, as a hidden comment's do. */
    public boolean isEditable() {
        return !hidden && state == IdeaState.SUBMITTED && supportCount == 0;
    }

    /**
     * Moves the idea, if the rules allow it, with its public reason (a person's words) or a reason key (the
     * clock's words, from the bundles); returns the event for its history.
     */
    public IdeaEvent moveTo(IdeaState target, String reason, String reasonKey, Instant now) {
        if (!state.mayMoveTo(target)) {
            throw new IllegalStateException(state + " -> " + target + " is not allowed");
        }
        this.state = target;
        this.stateReason = reason;
        this.stateChangedAt = now;
        return new IdeaEvent(this, target, reason, reasonKey, now);
    }

    /** Triage: merged into another idea, whose page it then points to. */
    public IdeaEvent mergeInto(Idea target, String reason, Instant now) {
        if (target.id.equals(id)) {
            throw new IllegalArgumentException("an idea is not merged into itself");
        }
        IdeaEvent event = moveTo(IdeaState.MERGED, reason, null, now);
        this.mergedIntoId = target.id;
        this.supportCount = 0;
        return event;
    }

    /** Triage: the bureau that owns the idea and answers it, and its category. */
    public void assign(Bureau owner, IdeaCategory newCategory) {
        if (state.isClosed()) {
            throw new IllegalStateException("a closed idea is not assigned");
        }
        this.bureau = owner;
        this.category = Objects.requireNonNull(newCategory);
    }

    public boolean isSupportable(Instant now) {
        return !hidden && state.isSupportable() && now.isBefore(supportEndsAt);
    }

    /**
     * Moderation hides it: reports or screening ({@code reason} null: pending review), or a moderator, whose reason
     * the placeholder shows (also when confirming what the reports hid). A withdrawn idea is not hidden.
     */
    public void hide(String reason) {
        if (state == IdeaState.WITHDRAWN) {
            throw new IllegalStateException("a withdrawn idea is not hidden");
        }
        hidden = true;
        hiddenReason = reason;
    }

    /** A moderator shows a hidden idea again. */
    public void restore() {
        if (!hidden) {
            throw new IllegalStateException("the idea is not hidden");
        }
        hidden = false;
        hiddenReason = null;
    }

    /** Whether others read it: not hidden by moderation, not withdrawn. */
    public boolean isVisible() {
        return !hidden && state != IdeaState.WITHDRAWN;
    }

    public boolean isHidden() {
        return hidden;
    }

    /** Why a moderator hid it; null if it shows, or while it waits for review. */
    public String getHiddenReason() {
        return hiddenReason;
    }

    /** One more support counted (the caller holds the row lock); returns the new count. */
    public int countSupport() {
        return ++supportCount;
    }

    /** A support taken back (the caller holds the row lock). */
    public int uncountSupport() {
        supportCount = Math.max(0, supportCount - 1);
        return supportCount;
    }

    /** After supports moved in from a merged duplicate: the count is what the rows say. */
    public void recount(int supports) {
        this.supportCount = supports;
    }

    public void linkSuggestion(long topicSuggestionId) {
        this.suggestionId = topicSuggestionId;
    }

    public Long getId() {
        return id;
    }

    public Member getAuthor() {
        return author;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public IdeaCategory getCategory() {
        return category;
    }

    public District getDistrict() {
        return district;
    }

    public Bureau getBureau() {
        return bureau;
    }

    public IdeaState getState() {
        return state;
    }

    public String getStateReason() {
        return stateReason;
    }

    public Instant getStateChangedAt() {
        return stateChangedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getSupportEndsAt() {
        return supportEndsAt;
    }

    public int getSupportCount() {
        return supportCount;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public Long getSuggestionId() {
        return suggestionId;
    }
}
