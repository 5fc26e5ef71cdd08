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
import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.entity.Forum;

/**
 * One forum's award round for one month, the root of the awards' aggregate. Its settings (how many winners each jury
 * chooses, votes per member, whether live standings are public) belong to the round, so changing them for next month
 * leaves past rounds as they were. The round says what may happen in which phase: its {@link Shortlist} changes only
 * during nomination, votes ({@link Nominee#voteBy}) are cast only while voting, picks ({@link Selection#pick}) are
 * made only in selection. Its refusals are {@link RuleViolation}s with the message key the page shows.
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
public class AwardRound implements Serializable {

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

    /** A new round; refused when voting would open before now (no time to nominate) or nobody could win. */
    public AwardRound(Forum forum, YearMonth month, RoundPlan plan, Instant now) {
        this.forum = Objects.requireNonNull(forum);
        this.month = month.toString();
        this.createdAt = now;
        follow(plan, now);
    }

    /** New settings and schedule; only while the shortlist is being made, so nobody's vote or pick is invalidated. */
    public void change(RoundPlan plan, Instant now) {
        requireNomination(now);
        follow(plan, now);
    }

    private void follow(RoundPlan plan, Instant now) {
        plan.requireWorkableAt(now);
        this.citizenPlaces = plan.citizenPlaces();
        this.officialPlaces = plan.officialPlaces();
        this.votesPerMember = plan.votesPerMember();
        this.standingsShown = plan.standingsShown();
        this.votingOpensAt = plan.votingOpensAt();
        this.votingClosesAt = plan.votingClosesAt();
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

    /** The shortlist is public once voting opens: before, it is not final. */
    public boolean showsNominees(Instant now) {
        return phase(now) != RoundPhase.NOMINATION;
    }

    /** The vote's standings are public while voting if the round says so, and always once it is announced. */
    public boolean showsStandings(Instant now) {
        return standingsShown || phase(now) == RoundPhase.ANNOUNCED;
    }

    /** How many votes a member who has cast {@code cast} may still give: none outside the vote. */
    public int votesLeft(int cast, Instant now) {
        return phase(now) == RoundPhase.VOTING ? Math.max(0, votesPerMember - cast) : 0;
    }

    /** The shortlist and the settings change only before voting opens. */
    public void requireNomination(Instant now) {
        require(now, RoundPhase.NOMINATION, "award.round.notInNomination");
    }

    /** Officials pick (and take back picks) only between the vote's end and the operator's confirmation. */
    public void requireSelection(Instant now) {
        require(now, RoundPhase.SELECTION, "award.select.notInSelection");
    }

    private void require(Instant now, RoundPhase phase, String refusal) {
        if (phase(now) != phase) {
            throw RuleViolation.of(refusal);
        }
    }

    /** An operator starts the vote early: the shortlist freezes now. Nobody votes on an empty shortlist. */
    public void openVotingNow(Shortlist shortlist, Instant now) {
        requireNomination(now);
        if (!shortlist.anyoneListed()) {
            throw RuleViolation.of("award.round.noNominees");
        }
        votingOpensAt = now;
    }

    /** An operator ends the vote early: the officials' selection starts now. */
    public void closeVotingNow(Instant now) {
        require(now, RoundPhase.VOTING, "award.round.notVoting");
        votingClosesAt = now;
    }

    /**
     * An operator confirms once the officials' picks are complete: the citizens' result is written down as winners,
     * returned for the caller to persist (so a later change to the tie rule's code could not change a confirmed
     * round).
     */
    public List<Award> confirm(Selection selection, Instant now) {
        require(now, RoundPhase.SELECTION, "award.confirm.notInSelection");
        if (!selection.isComplete()) {
            throw RuleViolation.of("award.confirm.incomplete", selection.picks().size(), selection.requiredPicks());
        }
        List<Award> citizens = new ArrayList<>();
        for (Nominee winner : selection.citizensWinners()) {
            citizens.add(Award.byCitizens(winner, citizens.size() + 1, selection.votesOf(winner), now));
        }
        confirmedAt = now;
        return citizens;
    }

    /** Winners become public only once the selection is complete and confirmed. */
    public void announce(Instant now) {
        require(now, RoundPhase.CONFIRMED, "award.announce.notComplete");
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
