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

/**
 * An opinion on a round's shortlist, and so its author a candidate. Officials may take one off again before the vote
 * opens; the row stays (removed, with the reason) so the shortlist's history can be read.
 */
@Entity
@Table(name = "award_nominee")
@NamedQuery(
        name = Nominee.OF_ROUND,
        query =
                "SELECT n FROM Nominee n JOIN FETCH n.opinion JOIN FETCH n.member WHERE n.round = :round ORDER BY n.score DESC, n.id")
@NamedQuery(
        name = Nominee.LISTED_OF_ROUND,
        query =
                "SELECT n FROM Nominee n JOIN FETCH n.opinion JOIN FETCH n.member WHERE n.round = :round AND n.status = org.policyforum.award.entity.Nominee.Status.LISTED ORDER BY n.score DESC, n.id")
@NamedQuery(
        name = Nominee.BY_OPINION,
        query = "SELECT n FROM Nominee n WHERE n.round = :round AND n.opinion = :opinion")
public class Nominee {

    public static final String OF_ROUND = "Nominee.ofRound";
    public static final String LISTED_OF_ROUND = "Nominee.listedOfRound";
    public static final String BY_OPINION = "Nominee.byOpinion";
    public static final int MAX_REASON = 200;

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
    public Nominee(
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

    public void remove(String why) {
        if (status != Status.LISTED) {
            throw new IllegalStateException("not on the shortlist");
        }
        status = Status.REMOVED;
        removalReason = Objects.requireNonNull(why);
    }

    /** An official puts a removed opinion back, with a new reason. */
    public void relist(Long official, String why) {
        if (status != Status.REMOVED) {
            throw new IllegalStateException("already on the shortlist");
        }
        status = Status.LISTED;
        proposedBy = official;
        reason = Objects.requireNonNull(why);
        removalReason = null;
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
