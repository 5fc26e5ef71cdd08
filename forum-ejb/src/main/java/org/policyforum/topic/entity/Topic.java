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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.policyforum.member.entity.Bureau;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.Role;

/**
 * A month's policy topic. Its state moves only along {@link TopicState#next()}; the background is HTML that has been
 * sanitised before it reaches this object.
 */
@Entity
@NamedQuery(
        name = Topic.PUBLIC_OF_FORUM,
        query = "SELECT t FROM Topic t WHERE t.forum = :forum AND t.state IN :states ORDER BY t.opensAt DESC")
@NamedQuery(
        name = Topic.COUNT_PUBLIC_OF_FORUM,
        query = "SELECT COUNT(t) FROM Topic t WHERE t.forum = :forum AND t.state IN :states")
@NamedQuery(
        name = Topic.DUE_TO_OPEN,
        query = "SELECT t FROM Topic t WHERE t.state = org.policyforum.topic.entity.TopicState.SCHEDULED AND "
                + "t.opensAt <= :now")
@NamedQuery(
        name = Topic.DUE_TO_CLOSE,
        query = "SELECT t FROM Topic t WHERE t.state = org.policyforum.topic.entity.TopicState.OPEN AND "
                + "t.closesAt <= :now")
public class Topic implements Serializable {

    public static final String PUBLIC_OF_FORUM = "Topic.publicOfForum";
    public static final String COUNT_PUBLIC_OF_FORUM = "Topic.countPublicOfForum";
    public static final String DUE_TO_OPEN = "Topic.dueToOpen";
    public static final String DUE_TO_CLOSE = "Topic.dueToClose";
    public static final int ANSWER_MAX_LENGTH = 5_000;

    @Id
    @SequenceGenerator(name = "topic_seq", sequenceName = "topic_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "topic_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    private Forum forum;

    @Column(name = "topic_month")
    private String month;

    private String title;
    private String summary;
    private String background;

    @ManyToOne
    @JoinColumn(name = "bureau_id")
    private Bureau bureau;

    @Enumerated(EnumType.STRING)
    private TopicState state;

    @Column(name = "opens_at")
    private Instant opensAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @ManyToOne
    @JoinColumn(name = "suggestion_id")
    private TopicSuggestion suggestion;

    /** The city's answer: what became of the citizens' discussion, published when the topic is marked answered. */
    private String answer;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Version
    private long version;

    protected Topic() {}

    public Topic(
            Forum forum,
            YearMonth month,
            String title,
            String summary,
            String sanitisedBackground,
            Bureau bureau,
            Instant opensAt,
            Instant closesAt,
            Instant now) {
        this.forum = Objects.requireNonNull(forum);
        this.month = month.toString();
        this.state = TopicState.DRAFT;
        this.createdAt = now;
        revise(title, summary, sanitisedBackground, bureau, opensAt, closesAt);
    }

    /** Changes the content and times; only before the topic is public. */
    public void revise(
            String title,
            String summary,
            String sanitisedBackground,
            Bureau bureau,
            Instant opensAt,
            Instant closesAt) {
        if (state != TopicState.DRAFT && state != TopicState.SCHEDULED) {
            throw new IllegalStateException("a public topic is not revised");
        }
        if (!opensAt.isBefore(closesAt)) {
            throw new IllegalArgumentException("a topic closes after it opens");
        }
        this.title = Objects.requireNonNull(title).strip();
        this.summary = Objects.requireNonNull(summary).strip();
        this.background = Objects.requireNonNull(sanitisedBackground);
        this.bureau = bureau;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    /** Records which suggestion from the box this topic came from (shown on the topic, credited to its author). */
    public void cameFrom(TopicSuggestion origin) {
        this.suggestion = origin;
    }

    public TopicSuggestion getSuggestion() {
        return suggestion;
    }

    private void moveTo(TopicState target) {
        if (!state.canMoveTo(target)) {
            throw new IllegalStateException("a topic cannot move from " + state + " to " + target);
        }
        state = target;
    }

    public void schedule() {
        moveTo(TopicState.SCHEDULED);
    }

    public void unschedule() {
        moveTo(TopicState.DRAFT);
    }

    /** Opens a scheduled topic; if it is opened early by hand, it counts as opened now. */
    public void open(Instant now) {
        moveTo(TopicState.OPEN);
        if (now.isBefore(opensAt)) {
            opensAt = now;
        }
    }

    public void close(Instant now) {
        moveTo(TopicState.CLOSED);
        if (now.isBefore(closesAt)) {
            closesAt = now;
        }
    }

    /**
     * Publishes the city's answer, given on {@code answeredOn}: a closed topic becomes answered, and the public page
     * shows the text and the date (an "answered" label with nothing to read would mislead).
     */
    public void markAnswered(String answerText, LocalDate answeredOn) {
        if (answerText == null || answerText.isBlank() || answeredOn == null) {
            throw new IllegalArgumentException("an answer needs its text and its date");
        }
        moveTo(TopicState.ANSWERED);
        this.answer = answerText.strip();
        this.answeredOn = answeredOn;
    }

    public String getAnswer() {
        return answer;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    /** Opinions are taken while the topic is open and its closing time has not come. */
    public boolean acceptsOpinions(Instant now) {
        return state == TopicState.OPEN && now.isBefore(closesAt) && !now.isBefore(opensAt);
    }

    public Long getId() {
        return id;
    }

    public Forum getForum() {
        return forum;
    }

    public YearMonth getMonth() {
        return YearMonth.parse(month);
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBackground() {
        return background;
    }

    public Bureau getBureau() {
        return bureau;
    }

    /**
     * Bureaus own their topics: operators run every topic (and what hangs on it: polls, award nominations), a member
     * of staff those of their own bureau.
     */
    public boolean isRunBy(Member member) {
        return member.hasRole(Role.OPERATOR)
                || (bureau != null
                        && member.getBureau() != null
                        && bureau.getId().equals(member.getBureau().getId()));
    }

    public TopicState getState() {
        return state;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }
}
