package org.policyforum.newsletter.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;
import org.policyforum.newsletter.api.CampaignPort.Kind;
import org.policyforum.newsletter.api.CampaignPort.State;

/**
 * A mailing of the month's topic to every member who asked for it, or of one open survey's announcement to the
 * members of its audience who take the monthly mail (kind SURVEY, one per survey by the unique key on survey_id).
 * Its deliveries live in {@code campaign_delivery}
 * and are handled set-wise (see CampaignStore), never loaded as a list. The state moves only through the methods
 * below; a second start is refused here.
 */
@Entity
@NamedQuery(name = Campaign.ALL, query = "SELECT c FROM Campaign c ORDER BY c.id DESC")
@NamedQuery(
        name = Campaign.SENDING,
        query = "SELECT c FROM Campaign c WHERE c.state = "
                + "org.policyforum.newsletter.api.CampaignPort.State.SENDING ORDER BY c.id")
@NamedQuery(name = Campaign.COUNT_SCHEDULED, query = "SELECT COUNT(c) FROM Campaign c WHERE c.scheduledMonth = :month")
@NamedQuery(
        name = Campaign.COUNT_IN_MONTH,
        query = "SELECT COUNT(c) FROM Campaign c WHERE c.scheduledMonth = :month"
                + " OR (c.month = :month AND c.state <> org.policyforum.newsletter.api.CampaignPort.State.CANCELLED"
                + " AND c.kind = org.policyforum.newsletter.api.CampaignPort.Kind.TOPIC)")
@NamedQuery(name = Campaign.SURVEYS_ANNOUNCED, query = "SELECT c.surveyId FROM Campaign c WHERE c.surveyId IN :surveys")
public class Campaign {

    public static final String ALL = "Campaign.all";
    public static final String SENDING = "Campaign.sending";
    public static final String COUNT_SCHEDULED = "Campaign.countScheduled";
    /** The month's campaigns that count against a second one: the schedule's, and any not cancelled. */
    public static final String COUNT_IN_MONTH = "Campaign.countInMonth";

    public static final String SURVEYS_ANNOUNCED = "Campaign.surveysAnnounced";

    @Id
    @SequenceGenerator(name = "campaign_seq", sequenceName = "campaign_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String title;

    @Column(name = "survey_id")
    private Long surveyId;

    @Column(name = "campaign_month")
    private String month;

    @Column(name = "scheduled_month")
    private String scheduledMonth;

    @Column(name = "main_topic_id")
    private Long mainTopicId;

    @Column(name = "youth_topic_id")
    private Long youthTopicId;

    @Enumerated(EnumType.STRING)
    private State state;

    private long audience;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected Campaign() {}

    public Campaign(String title, YearMonth month, Long mainTopicId, Long youthTopicId, Instant now) {
        if (mainTopicId == null && youthTopicId == null) {
            throw new IllegalArgumentException("a campaign needs a topic");
        }
        this.kind = Kind.TOPIC;
        this.title = Objects.requireNonNull(title);
        this.month = month.toString();
        this.mainTopicId = mainTopicId;
        this.youthTopicId = youthTopicId;
        this.state = State.DRAFT;
        this.createdAt = now;
    }

    private Campaign(String title, YearMonth month, long surveyId, Instant now) {
        this.kind = Kind.SURVEY;
        this.title = Objects.requireNonNull(title);
        this.month = month.toString();
        this.surveyId = surveyId;
        this.state = State.DRAFT;
        this.createdAt = now;
    }

    /** A survey's announcement, made in {@code month} (the organisation's); the unique key refuses a second. */
    public static Campaign surveyAnnouncement(String surveyTitle, YearMonth month, long surveyId, Instant now) {
        return new Campaign(surveyTitle, month, surveyId, now);
    }

    /** Marks the campaign as the schedule's for its month; the unique key refuses a second one. */
    public void scheduled() {
        this.scheduledMonth = month;
    }

    public void audienceCounted(long count) {
        this.audience = count;
    }

    public boolean start(Instant now) {
        if (state != State.DRAFT) {
            return false;
        }
        state = State.SENDING;
        startedAt = now;
        return true;
    }

    public boolean pause() {
        return move(State.SENDING, State.PAUSED);
    }

    public boolean resume() {
        return move(State.PAUSED, State.SENDING);
    }

    public boolean cancel(Instant now) {
        if (state == State.DONE || state == State.CANCELLED) {
            return false;
        }
        state = State.CANCELLED;
        finishedAt = now;
        return true;
    }

    /** Every delivery is settled. */
    public void finish(Instant now) {
        if (state == State.SENDING) {
            state = State.DONE;
            finishedAt = now;
        }
    }

    private boolean move(State from, State to) {
        if (state != from) {
            return false;
        }
        state = to;
        return true;
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getSurveyId() {
        return surveyId;
    }

    public String getTitle() {
        return title;
    }

    public YearMonth getMonth() {
        return YearMonth.parse(month);
    }

    public Long getMainTopicId() {
        return mainTopicId;
    }

    public Long getYouthTopicId() {
        return youthTopicId;
    }

    public State getState() {
        return state;
    }

    public long getAudience() {
        return audience;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
