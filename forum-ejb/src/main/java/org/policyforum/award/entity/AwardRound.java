package org.policyforum.award.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;
import org.policyforum.topic.entity.Forum;

/**
 * One forum's award round for one month. Its settings (how many winners each jury chooses, votes per member, whether
 * live standings are public) belong to the round, so changing them for next month leaves past rounds as they were.
 */
@Entity
@Table(name = "award_round")
@NamedQuery(name = AwardRound.ALL, query = "SELECT r FROM AwardRound r ORDER BY r.month DESC, r.forum")
@NamedQuery(name = AwardRound.COUNT_ALL, query = "SELECT COUNT(r) FROM AwardRound r")
@NamedQuery(
        name = AwardRound.OF_FORUM_UNTIL,
        query = "SELECT r FROM AwardRound r WHERE r.forum = :forum AND r.month <= :month ORDER BY r.month DESC")
@NamedQuery(
        name = AwardRound.ANNOUNCED,
        query = "SELECT r FROM AwardRound r WHERE r.announcedAt IS NOT NULL ORDER BY r.month DESC, r.forum")
@NamedQuery(
        name = AwardRound.COUNT_ANNOUNCED,
        query = "SELECT COUNT(r) FROM AwardRound r WHERE r.announcedAt IS NOT NULL")
public class AwardRound {

    public static final String ALL = "AwardRound.all";
    public static final String COUNT_ALL = "AwardRound.countAll";
    /** YYYY-MM strings sort like the months they name (years 1000-9999). */
    public static final String OF_FORUM_UNTIL = "AwardRound.ofForumUntil";

    public static final String ANNOUNCED = "AwardRound.announced";
    public static final String COUNT_ANNOUNCED = "AwardRound.countAnnounced";

    /** The seed's numbers: three by the citizens' vote, five by officials, one vote each. */
    public static final int DEFAULT_CITIZEN_PLACES = 3;

    public static final int DEFAULT_OFFICIAL_PLACES = 5;
    public static final int DEFAULT_VOTES_PER_MEMBER = 1;
    public static final int MAX_PLACES = 20;

    @Id
    @SequenceGenerator(name = "award_round_seq", sequenceName = "award_round_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "award_round_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    private Forum forum;

    @Column(name = "round_month")
    private String month;

    @Column(name = "citizen_places")
    private int citizenPlaces;

    @Column(name = "official_places")
    private int officialPlaces;

    @Column(name = "votes_per_member")
    private int votesPerMember;

    @Column(name = "standings_shown")
    private boolean standingsShown;

    @Column(name = "voting_opens_at")
    private Instant votingOpensAt;

    @Column(name = "voting_closes_at")
    private Instant votingClosesAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "announced_at")
    private Instant announcedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected AwardRound() {}

    public AwardRound(
            Forum forum,
            YearMonth month,
            int citizenPlaces,
            int officialPlaces,
            int votesPerMember,
            boolean standingsShown,
            Instant votingOpensAt,
            Instant votingClosesAt,
            Instant now) {
        this.forum = Objects.requireNonNull(forum);
        this.month = month.toString();
        this.createdAt = now;
        change(citizenPlaces, officialPlaces, votesPerMember, standingsShown, votingOpensAt, votingClosesAt);
    }

    /** New settings and schedule; only while the shortlist is being made, so nobody's vote or pick is invalidated. */
    public void change(
            int citizenPlaces,
            int officialPlaces,
            int votesPerMember,
            boolean standingsShown,
            Instant votingOpensAt,
            Instant votingClosesAt) {
        if (citizenPlaces < 0
                || officialPlaces < 0
                || citizenPlaces + officialPlaces < 1
                || citizenPlaces > MAX_PLACES
                || officialPlaces > MAX_PLACES
                || votesPerMember < 1
                || votesPerMember > MAX_PLACES) {
            throw new IllegalArgumentException("places and votes out of range");
        }
        if (!votingOpensAt.isBefore(votingClosesAt)) {
            throw new IllegalArgumentException("voting closes after it opens");
        }
        this.citizenPlaces = citizenPlaces;
        this.officialPlaces = officialPlaces;
        this.votesPerMember = votesPerMember;
        this.standingsShown = standingsShown;
        this.votingOpensAt = votingOpensAt;
        this.votingClosesAt = votingClosesAt;
    }

    public RoundPhase phase(Instant now) {
        if (announcedAt != null) {
            return RoundPhase.ANNOUNCED;
        }
        if (confirmedAt != null) {
            return RoundPhase.CONFIRMED;
        }
        if (now.isBefore(votingOpensAt)) {
            return RoundPhase.NOMINATION;
        }
        return now.isBefore(votingClosesAt) ? RoundPhase.VOTING : RoundPhase.SELECTION;
    }

    /** An operator starts the vote early: the shortlist freezes now. */
    public void openVotingNow(Instant now) {
        if (phase(now) != RoundPhase.NOMINATION) {
            throw new IllegalStateException("voting is not waiting to open");
        }
        votingOpensAt = now;
    }

    /** An operator ends the vote early: the officials' selection starts now. */
    public void closeVotingNow(Instant now) {
        if (phase(now) != RoundPhase.VOTING) {
            throw new IllegalStateException("voting is not open");
        }
        votingClosesAt = now;
    }

    public void confirm(Instant now) {
        if (phase(now) != RoundPhase.SELECTION) {
            throw new IllegalStateException("only a round in selection is confirmed");
        }
        confirmedAt = now;
    }

    public void announce(Instant now) {
        if (phase(now) != RoundPhase.CONFIRMED) {
            throw new IllegalStateException("only a confirmed round is announced");
        }
        announcedAt = now;
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

    public int getCitizenPlaces() {
        return citizenPlaces;
    }

    public int getOfficialPlaces() {
        return officialPlaces;
    }

    public int getVotesPerMember() {
        return votesPerMember;
    }

    public boolean isStandingsShown() {
        return standingsShown;
    }

    public Instant getVotingOpensAt() {
        return votingOpensAt;
    }

    public Instant getVotingClosesAt() {
        return votingClosesAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getAnnouncedAt() {
        return announcedAt;
    }

    public boolean isAnnounced() {
        return announcedAt != null;
    }
}
