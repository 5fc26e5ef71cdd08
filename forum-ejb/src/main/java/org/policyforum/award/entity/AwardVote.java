package org.policyforum.award.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One citizen's vote for one nominee. A member with N votes fills slots 1..N; the unique keys (round, voter, slot)
 * and (round, voter, nominee) let the database refuse a second vote that arrives at the same moment. Votes are never
 * changed or taken back, so a nominee's latest vote is the one that brought it to its count (the tie rule).
 */
@Entity
@Table(name = "award_vote")
@NamedQuery(
        name = AwardVote.COUNT_OF_VOTER,
        query = "SELECT COUNT(v) FROM AwardVote v WHERE v.round = :round AND v.voterId = :voter")
@NamedQuery(
        name = AwardVote.NOMINEES_OF_VOTER,
        query = "SELECT v.nominee.id FROM AwardVote v WHERE v.round = :round AND v.voterId = :voter")
@NamedQuery(
        name = AwardVote.TALLY,
        query = "SELECT v.nominee.id, COUNT(v), MAX(v.castAt), MAX(v.id) FROM AwardVote v WHERE v.round = :round "
                + "GROUP BY v.nominee.id")
@NamedQuery(name = AwardVote.COUNT_OF_ROUND, query = "SELECT COUNT(v) FROM AwardVote v WHERE v.round = :round")
public class AwardVote {

    public static final String COUNT_OF_VOTER = "AwardVote.countOfVoter";
    public static final String NOMINEES_OF_VOTER = "AwardVote.nomineesOfVoter";
    public static final String TALLY = "AwardVote.tally";
    public static final String COUNT_OF_ROUND = "AwardVote.countOfRound";

    @Id
    @SequenceGenerator(name = "award_vote_seq", sequenceName = "award_vote_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "award_vote_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    private AwardRound round;

    @ManyToOne(optional = false)
    @JoinColumn(name = "nominee_id")
    private Nominee nominee;

    @Column(name = "voter_id")
    private long voterId;

    @Column(name = "vote_slot")
    private int slot;

    @Column(name = "cast_at")
    private Instant castAt;

    protected AwardVote() {}

    AwardVote(Nominee nominee, long voterId, int slot, Instant now) {
        this.nominee = Objects.requireNonNull(nominee);
        this.round = nominee.getRound();
        this.voterId = voterId;
        this.slot = slot;
        this.castAt = now;
    }

    public Long getId() {
        return id;
    }

    public Instant getCastAt() {
        return castAt;
    }
}
