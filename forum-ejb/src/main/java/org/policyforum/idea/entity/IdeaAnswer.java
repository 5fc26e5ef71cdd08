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
import java.time.Instant;
import java.util.Objects;
import org.policyforum.member.entity.Bureau;

/**
 * A bureau's public answer to an idea. An answer that does not take the idea up as it stands (partly, declined, or
 * still under review) says why: without a reason it is not an answer a citizen can read.
 */
@Entity
@Table(name = "idea_answer")
public class IdeaAnswer {

    public enum Verdict {
        /** The bureau takes the idea up. */
        ACCEPTED,
        /** Partly: some of it, or in another form. */
        PARTLY,
        /** Not taken up. */
        DECLINED,
        /** An answer in time that the bureau is still examining it. */
        REVIEWING;

        public boolean needsReason() {
            return this != ACCEPTED;
        }

        /** Where the idea goes with this answer: accepted (also partly), declined, or under review. */
        public IdeaState ideaState() {
            return switch (this) {
                case ACCEPTED, PARTLY -> IdeaState.ACCEPTED;
                case DECLINED -> IdeaState.DECLINED;
                case REVIEWING -> IdeaState.UNDER_REVIEW;
            };
        }
    }

    public static final int BODY_MAX = 20_000;
    public static final int REASON_MAX = 2_000;

    @Id
    @SequenceGenerator(name = "idea_answer_seq", sequenceName = "idea_answer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idea_answer_seq")
    private Long id;

    @Column(name = "idea_id")
    private Long ideaId;

    @ManyToOne
    @JoinColumn(name = "bureau_id")
    private Bureau bureau;

    @Column(name = "author_id")
    private Long authorId;

    @Enumerated(EnumType.STRING)
    private Verdict verdict;

    /** Sanitised HTML. */
    private String body;

    private String reason;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected IdeaAnswer() {}

    public IdeaAnswer(
            long ideaId, Bureau bureau, long authorId, Verdict verdict, String body, String reason, Instant now) {
        if (Objects.requireNonNull(verdict).needsReason() && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("an answer that does not take the idea up says why");
        }
        this.ideaId = ideaId;
        this.bureau = bureau;
        this.authorId = authorId;
        this.verdict = verdict;
        this.body = Objects.requireNonNull(body);
        this.reason = reason == null || reason.isBlank() ? null : reason;
        this.answeredAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getIdeaId() {
        return ideaId;
    }

    public Bureau getBureau() {
        return bureau;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public String getBody() {
        return body;
    }

    public String getReason() {
        return reason;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
