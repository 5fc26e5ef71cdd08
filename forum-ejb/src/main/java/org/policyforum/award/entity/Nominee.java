package org.policyforum.award.entity;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.policyforum.discussion.entity.Opinion;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.Role;
import org.policyforum.platform.entity.RuleViolation;

/**
 * An opinion on a round's shortlist, and so its author a candidate. Officials may take one off again before the vote
 * opens; the row stays (removed, with the reason) so the shortlist's history can be read.
 */
@Entity
@Table(name = "award_nominee")
@NamedQuery(
        name = Nominee.OF_ROUND,
        query = "SELECT n FROM Nominee n JOIN FETCH n.opinion JOIN FETCH n.member WHERE n.round = :round ORDER BY "
                + "n.score DESC, n.id")
@NamedQuery(
        name = Nominee.LISTED_OF_ROUND,
        query = "SELECT n FROM Nominee n JOIN FETCH n.opinion JOIN FETCH n.member WHERE n.round = :round AND "
                + "n.status = org.policyforum.award.entity.Nominee.Status.LISTED ORDER BY n.score DESC, n.id")
@NamedQuery(
        name = Nominee.BY_OPINION,
        query = "SELECT n FROM Nominee n WHERE n.round = :round AND n.opinion = :opinion")
public class Nominee {

    public static final String OF_ROUND = "Nominee.ofRound";
    public static final String LISTED_OF_ROUND = "Nominee.listedOfRound";
    public static final String BY_OPINION = "Nominee.byOpinion";
    public static final int MAX_REASON = 200;
    /** How much of the nominated opinion the public sees. */
    public static final int EXCERPT = 240;

    public enum Status {
        LISTED,
        REMOVED
    }

    @Id
    @SequenceGenerator(name = "award_nominee_seq", sequenceName = "award_nominee_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "award_nominee_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    private AwardRound round;

    @ManyToOne(optional = false)
    @JoinColumn(name = "opinion_id")
    private Opinion opinion;

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    private int agreements;
    private int comments;
    private int score;
    private String reason;

    @Column(name = "proposed_by")
    private Long proposedBy;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "removal_reason")
    private String removalReason;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Nominee() {}

    /**
     * @param proposedBy the official who added it, or null when the system proposed it from the month's activity
     * @param reason     shown to voters; null for the system's proposals (their numbers speak)
     */
    Nominee(
            AwardRound round,
            Opinion opinion,
            int agreements,
            int comments,
            Long proposedBy,
            String reason,
            Instant now) {
        this.round = Objects.requireNonNull(round);
        this.opinion = Objects.requireNonNull(opinion);
        this.member = opinion.getAuthor();
        this.agreements = agreements;
        this.comments = comments;
        this.score = agreements + comments;
        this.proposedBy = proposedBy;
        this.reason = reason;
        this.status = Status.LISTED;
        this.createdAt = now;
    }

    /**
     * Operators act on every topic's opinions, an official on those of the topics their bureau owns: the shortlist,
     * the candidates and the picks alike.
     */
    public static boolean inChargeOf(Member staff, Opinion opinion) {
        return (staff.hasRole(Role.OPERATOR) || staff.hasRole(Role.OFFICIAL))
                && opinion.getTopic().isRunBy(staff);
    }

    /** Staff take the opinion off the shortlist before voting opens; the reason stays with the row. */
    public void withdraw(Member staff, String why, Instant now) {
        round.requireNomination(now);
        if (!inChargeOf(staff, opinion)) {
            throw RuleViolation.of("award.outsideBureau");
        }
        if (!isListed()) {
            throw RuleViolation.of("notFound");
        }
        status = Status.REMOVED;
        removalReason = Objects.requireNonNull(why);
    }

    /**
     * A verified member's vote while voting is open: not for themselves, at most the round's votes each. The vote
     * takes the member's next free slot; the caller persists it, and the unique keys (round, voter, slot) and (round,
     * voter, nominee) refuse a second vote sent at the same moment.
     *
     * @param cast how many votes the member has cast in this round so far
     */
    public AwardVote voteBy(Member voter, long cast, Instant now) {
        if (!isListed()) {
            throw RuleViolation.of("award.vote.notNominee");
        }
        if (round.phase(now) != RoundPhase.VOTING) {
            throw RuleViolation.of("award.vote.notOpen");
        }
        if (!voter.isVerified()) {
            throw RuleViolation.of("award.vote.unverified");
        }
        if (isOf(voter)) {
            throw RuleViolation.of("award.vote.self");
        }
        int allowed = round.getVotesPerMember();
        if (cast >= allowed) {
            throw RuleViolation.of(allowed == 1 ? "award.vote.already" : "award.vote.noneLeft", allowed);
        }
        return new AwardVote(this, voter.getId(), (int) cast + 1, now);
    }

    /** An official puts a removed opinion back, with a new reason. */
    void relist(Long official, String why) {
        if (status != Status.REMOVED) {
            throw new RuleViolation("opinion", "award.nominee.already");
        }
        status = Status.LISTED;
        proposedBy = official;
        reason = Objects.requireNonNull(why);
        removalReason = null;
    }

    /** The opinion's opening, or nothing once it has been withdrawn or hidden (the placeholder rule). */
    public String excerpt() {
        if (!opinion.isVisible()) {
            return "";
        }
        String body = opinion.getBody();
        return body.length() <= EXCERPT ? body : body.substring(0, EXCERPT) + "…";
    }

    public boolean isListed() {
        return status == Status.LISTED;
    }

    public boolean isOf(Member candidate) {
        return member.getId().equals(candidate.getId());
    }

    public Long getId() {
        return id;
    }

    public AwardRound getRound() {
        return round;
    }

    public Opinion getOpinion() {
        return opinion;
    }

    public Member getMember() {
        return member;
    }

    public int getAgreements() {
        return agreements;
    }

    public int getComments() {
        return comments;
    }

    public int getScore() {
        return score;
    }

    public String getReason() {
        return reason;
    }

    public Long getProposedBy() {
        return proposedBy;
    }

    public Status getStatus() {
        return status;
    }

    public String getRemovalReason() {
        return removalReason;
    }
}
