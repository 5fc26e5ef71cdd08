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
import org.policyforum.member.entity.Member;
import org.policyforum.platform.entity.RuleViolation;

/**
 * A winner of a round: chosen by the citizens (place from the vote) or picked by an official (place = the pick's
 * slot). The unique keys (round, member) and (round, jury, place) are what make "nobody wins twice" and "no more than
 * the allowed picks" hold even when two officials pick at the same moment. The prize's delivery address is the
 * winner's own, seen by operators only and erased once the prize is sent or declined.
 */
@Entity
@Table(name = "award")
@NamedQuery(
        name = Award.OF_ROUND,
        query = "SELECT a FROM Award a JOIN FETCH a.nominee JOIN FETCH a.member WHERE a.round = :round ORDER BY "
                + "a.jury, a.place")
@NamedQuery(
        name = Award.OF_ROUND_AND_JURY,
        query = "SELECT a FROM Award a WHERE a.round = :round AND a.jury = :jury ORDER BY a.place")
@NamedQuery(
        name = Award.OF_MEMBER,
        query = "SELECT a FROM Award a JOIN FETCH a.round JOIN FETCH a.nominee WHERE a.member.id = :member AND "
                + "a.round.announcedAt IS NOT NULL ORDER BY a.round.month DESC")
@NamedQuery(
        name = Award.OF_ANNOUNCED_ROUNDS,
        query = "SELECT a FROM Award a JOIN FETCH a.nominee JOIN FETCH a.member WHERE a.round IN :rounds ORDER BY "
                + "a.jury, a.place")
public class Award {

    public static final String OF_ROUND = "Award.ofRound";
    public static final String OF_ROUND_AND_JURY = "Award.ofRoundAndJury";
    public static final String OF_MEMBER = "Award.ofMember";
    public static final String OF_ANNOUNCED_ROUNDS = "Award.ofAnnouncedRounds";
    public static final int MAX_CITATION = 200;
    public static final int MAX_ADDRESS = 500;

    @Id
    @SequenceGenerator(name = "award_seq", sequenceName = "award_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "award_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    private AwardRound round;

    @ManyToOne(optional = false)
    @JoinColumn(name = "nominee_id")
    private Nominee nominee;

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @Enumerated(EnumType.STRING)
    private Jury jury;

    @Column(name = "award_place")
    private int place;

    private int votes;
    private String citation;

    @Column(name = "picked_by")
    private Long pickedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "prize_status")
    private PrizeStatus prizeStatus;

    @Column(name = "delivery_address")
    private String deliveryAddress;

    @Column(name = "fulfilled_at")
    private Instant fulfilledAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Award() {}

    private Award(Nominee nominee, Jury jury, int place, Instant now) {
        this.nominee = Objects.requireNonNull(nominee);
        this.round = nominee.getRound();
        this.member = nominee.getMember();
        this.jury = jury;
        this.place = place;
        this.prizeStatus = PrizeStatus.PENDING;
        this.createdAt = now;
    }

    static Award byCitizens(Nominee nominee, int place, int votes, Instant now) {
        Award award = new Award(nominee, Jury.CITIZENS, place, now);
        award.votes = votes;
        return award;
    }

    static Award byOfficial(Nominee nominee, int place, long official, String citation, Instant now) {
        Award award = new Award(nominee, Jury.OFFICIALS, place, now);
        award.pickedBy = official;
        award.citation = Objects.requireNonNull(citation);
        return award;
    }

    /**
     * Only the winner gives the prize's address, for an award of an announced round (anyone else's, or one not
     * announced yet, is answered like a missing award), and only while the prize is still to be sent.
     */
    public void requireAddressableBy(Member winner) {
        if (!member.getId().equals(winner.getId()) || !round.isAnnounced()) {
            throw RuleViolation.of("notFound");
        }
        requirePending();
    }

    /** The winner says where the prize should go; only while it is still to be sent. */
    public void giveAddress(String address) {
        requirePending();
        this.deliveryAddress = Objects.requireNonNull(address);
    }

    /**
     * The prize went out, or will not: either way the address has served its purpose and is erased. Only for an
     * announced round's winner (before, the award is answered like a missing one), and once.
     */
    public void fulfil(PrizeStatus outcome, Instant now) {
        if (!round.isAnnounced()) {
            throw RuleViolation.of("notFound");
        }
        if (outcome == null || outcome == PrizeStatus.PENDING) {
            throw new RuleViolation("prizeStatus", "award.prize.outcome");
        }
        requirePending();
        prizeStatus = outcome;
        fulfilledAt = now;
        deliveryAddress = null;
    }

    private void requirePending() {
        if (prizeStatus != PrizeStatus.PENDING) {
            throw RuleViolation.of("award.prize.done");
        }
    }

    /**
     * Staff take back an official's pick before the round is confirmed: an official one of their bureau's topics,
     * an operator any. Anything else is answered like a missing award.
     */
    public void requireRetractableBy(Member staff, Instant now) {
        if (jury != Jury.OFFICIALS || !Nominee.inChargeOf(staff, nominee.getOpinion())) {
            throw RuleViolation.of("notFound");
        }
        round.requireSelection(now);
    }

    public boolean isPickedBy(long official) {
        return pickedBy != null && pickedBy == official;
    }

    public Long getId() {
        return id;
    }

    public AwardRound getRound() {
        return round;
    }

    public Nominee getNominee() {
        return nominee;
    }

    public Member getMember() {
        return member;
    }

    public Jury getJury() {
        return jury;
    }

    public int getPlace() {
        return place;
    }

    public int getVotes() {
        return votes;
    }

    public String getCitation() {
        return citation;
    }

    public Long getPickedBy() {
        return pickedBy;
    }

    public PrizeStatus getPrizeStatus() {
        return prizeStatus;
    }

    public String getDeliveryAddress() {
        return deliveryAddress;
    }

    public Instant getFulfilledAt() {
        return fulfilledAt;
    }
}
