package org.policyforum.poll.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.annotations.Cache;
import org.policyforum.member.entity.Role;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.platform.entity.SharedCache;

/**
 * A poll: question, options, how many may be chosen, when it is open and who may vote. Open and closed follow from
 * the times alone (no timer has to move it); closing early moves the close time to now, after which nothing changes.
 */
@Entity
@Cacheable
// closed early by its official: another node of a cluster sees it within 2 s
@Cache(expiry = SharedCache.EDITED_MILLIS)
@NamedQuery(name = Poll.ALL, query = "SELECT p FROM Poll p ORDER BY p.createdAt DESC, p.id DESC")
@NamedQuery(name = Poll.COUNT, query = "SELECT COUNT(p) FROM Poll p")
@NamedQuery(
        name = Poll.PUBLIC,
        query = "SELECT p FROM Poll p WHERE p.topicId IS NULL OR EXISTS (SELECT t FROM Topic t"
                + " WHERE t.id = p.topicId AND t.state IN :states) ORDER BY p.createdAt DESC, p.id DESC")
@NamedQuery(
        name = Poll.PUBLIC_COUNT,
        query = "SELECT COUNT(p) FROM Poll p WHERE p.topicId IS NULL OR EXISTS (SELECT t"
                + " FROM Topic t WHERE t.id = p.topicId AND t.state IN :states)")
@NamedQuery(
        name = Poll.OF_TOPIC,
        query = "SELECT p FROM Poll p WHERE p.topicId = :topic ORDER BY p.opensAt DESC, p.id DESC")
public class Poll implements Serializable {

    public static final String ALL = "Poll.all";
    public static final String COUNT = "Poll.count";
    /** The polls anyone may see: those beside no topic, or beside a public one (a draft's poll is not public). */
    public static final String PUBLIC = "Poll.public";

    public static final String PUBLIC_COUNT = "Poll.publicCount";
    public static final String OF_TOPIC = "Poll.ofTopic";
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 10;
    public static final int MAX_QUESTION = 500;

    @Id
    @SequenceGenerator(name = "poll_seq", sequenceName = "poll_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "poll_seq")
    private Long id;

    @Column(name = "topic_id")
    private Long topicId;

    private String question;

    @Column(name = "max_choices")
    private int maxChoices;

    @Column(name = "opens_at")
    private Instant opensAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Enumerated(EnumType.STRING)
    private Eligibility eligibility;

    @Column(name = "results_before_vote")
    private boolean resultsBeforeVote;

    @Column(name = "ballot_changeable")
    private boolean ballotChangeable;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private Long createdBy;

    @OneToMany(mappedBy = "poll", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<PollOption> options = new ArrayList<>();

    @Version
    private long version;

    protected Poll() {}

    /**
     * @param maxChoices 1 for a single-choice poll; otherwise how many options one ballot may mark (2..options)
     */
    public Poll(
            Long topicId,
            String question,
            List<String> optionLabels,
            int maxChoices,
            Instant opensAt,
            Instant closesAt,
            Eligibility eligibility,
            boolean resultsBeforeVote,
            boolean ballotChangeable,
            Long createdBy,
            Instant now) {
        if (optionLabels.size() < MIN_OPTIONS || optionLabels.size() > MAX_OPTIONS) {
            throw new RuleViolation("options", "poll.options.count", MIN_OPTIONS, MAX_OPTIONS);
        }
        if (Set.copyOf(optionLabels).size() != optionLabels.size()) {
            throw new RuleViolation("options", "poll.options.duplicate");
        }
        if (maxChoices < 1 || maxChoices > optionLabels.size()) {
            throw new RuleViolation("maxChoices", "poll.maxChoices.range", optionLabels.size());
        }
        if (!closesAt.isAfter(opensAt)) {
            throw new RuleViolation("closesAt", "poll.closesAt.beforeOpen");
        }
        if (!closesAt.isAfter(now)) {
            throw new RuleViolation("closesAt", "poll.closesAt.past");
        }
        this.topicId = topicId;
        this.question = question;
        this.maxChoices = maxChoices;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.eligibility = Objects.requireNonNull(eligibility);
        this.resultsBeforeVote = resultsBeforeVote;
        this.ballotChangeable = ballotChangeable;
        this.createdBy = createdBy;
        this.createdAt = now;
        for (int i = 0; i < optionLabels.size(); i++) {
            options.add(new PollOption(this, i + 1, optionLabels.get(i)));
        }
    }

    public Phase phase(Instant now) {
        if (now.isBefore(opensAt)) {
            return Phase.UPCOMING;
        }
        return now.isBefore(closesAt) ? Phase.OPEN : Phase.CLOSED;
    }

    /** Closes the poll now; its ballots and tally are frozen from here on. */
    public void close(Instant now) {
        if (phase(now) == Phase.CLOSED) {
            throw RuleViolation.of("poll.closed");
        }
        closesAt = now;
        if (opensAt.isAfter(now)) {
            opensAt = now;
        }
    }

    /**
     * The options a ballot marks, checked against this poll: at least one, no more than allowed, every one of this
     * poll (an option of another poll is refused, not silently dropped).
     */
    public Set<Long> checkChoices(Set<Long> optionIds) {
        if (optionIds == null || optionIds.isEmpty()) {
            throw new RuleViolation("choices", "ballot.choices.required");
        }
        if (optionIds.size() > maxChoices) {
            throw new RuleViolation("choices", "ballot.choices.tooMany", maxChoices);
        }
        for (Long optionId : optionIds) {
            if (option(optionId).isEmpty()) {
                throw new RuleViolation("choices", "ballot.choices.notOfPoll");
            }
        }
        return Set.copyOf(optionIds);
    }

    /**
     * Whether a verified, active member holding {@code roles} may vote: citizens, and in a youth poll only the
     * youth panel.
     */
    public boolean admits(Set<Role> roles) {
        return roles.contains(Role.CITIZEN) && (eligibility == Eligibility.ALL || roles.contains(Role.YOUTH_PANELIST));
    }

    public Optional<PollOption> option(Long optionId) {
        return options.stream().filter(o -> Objects.equals(o.getId(), optionId)).findFirst();
    }

    public boolean isMultiple() {
        return maxChoices > 1;
    }

    public Long getId() {
        return id;
    }

    public Long getTopicId() {
        return topicId;
    }

    public String getQuestion() {
        return question;
    }

    public int getMaxChoices() {
        return maxChoices;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public Eligibility getEligibility() {
        return eligibility;
    }

    public boolean isResultsBeforeVote() {
        return resultsBeforeVote;
    }

    public boolean isBallotChangeable() {
        return ballotChangeable;
    }

    /** The member who made the poll (null for polls made before this was recorded, or by the system). */
    public Long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<PollOption> getOptions() {
        return Collections.unmodifiableList(options);
    }
}
