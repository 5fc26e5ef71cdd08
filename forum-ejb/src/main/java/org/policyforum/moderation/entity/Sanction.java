package org.policyforum.moderation.entity;

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
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A sanction a moderator placed on a member, with the reason the member reads. Never overwritten: lifting it early
 * records who, when and why beside it, and the history of a member is all their rows.
 *
 * <p>The rules:
 * <ul>
 * <li>A {@link SanctionKind#SUSPENSION} lasts {@value #MIN_DAYS} to {@value #MAX_DAYS} calendar days on the
 * organisation's wall clock (a daylight-saving change moves no end by an hour) and ends by itself; a warning and a
 * block have no end.
 * <li>While {@link #isInForce in force} (not lifted, end not reached), a suspension or block
 * {@link #restrictsWritingAt restricts writing}; a warning never does.
 * <li>A sanction in force may be {@link #lift lifted} once, with a reason.
 * <li>The member may {@link #appeal} once; the boundary stores it with a statement that finds no appeal yet, so two
 * appeals sent together store one.
 * </ul>
 */
@Entity
@Table(name = "sanction")
@NamedQuery(
        name = Sanction.OF_MEMBER,
        query = "SELECT s FROM Sanction s WHERE s.memberId = :member ORDER BY s.placedAt DESC, s.id DESC")
// the one query of every write: the member's unlifted restricting sanctions that have not ended (index
// ix_sanction_member)
@NamedQuery(
        name = Sanction.RESTRICTING,
        query = "SELECT s FROM Sanction s WHERE s.memberId = :member AND s.liftedAt IS NULL"
                + " AND s.kind <> org.policyforum.moderation.entity.SanctionKind.WARNING"
                + " AND (s.endsAt IS NULL OR s.endsAt > :now) ORDER BY s.endsAt")
public class Sanction {

    public static final String OF_MEMBER = "Sanction.ofMember";
    public static final String RESTRICTING = "Sanction.restricting";
    public static final int MAX_REASON = 500;
    public static final int MAX_APPEAL = 2000;
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 365;

    @Id
    @SequenceGenerator(name = "sanction_seq", sequenceName = "sanction_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sanction_seq")
    private Long id;

    @Column(name = "member_id")
    private long memberId;

    @Enumerated(EnumType.STRING)
    private SanctionKind kind;

    private Integer days;

    private String reason;

    @Column(name = "placed_by")
    private long placedBy;

    @Column(name = "placed_at")
    private Instant placedAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    @Column(name = "lifted_by")
    private Long liftedBy;

    @Column(name = "lift_reason")
    private String liftReason;

    private String appeal;

    @Column(name = "appealed_at")
    private Instant appealedAt;

    protected Sanction() {}

    private Sanction(long memberId, SanctionKind kind, Integer days, String reason, long by, Instant now) {
        if (memberId == by) {
            throw new IllegalArgumentException("nobody sanctions themselves");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a sanction says why");
        }
        this.memberId = memberId;
        this.kind = kind;
        this.days = days;
        this.reason = reason;
        this.placedBy = by;
        this.placedAt = Objects.requireNonNull(now);
    }

    public static Sanction warning(long memberId, String reason, long by, Instant now) {
        return new Sanction(memberId, SanctionKind.WARNING, null, reason, by, now);
    }

    /** A suspension of {@code days} calendar days in {@code zone}: it ends at the same wall-clock time then. */
    public static Sanction suspension(long memberId, int days, String reason, long by, Instant now, ZoneId zone) {
        if (!isValidDays(days)) {
            throw new IllegalArgumentException("a suspension lasts " + MIN_DAYS + " to " + MAX_DAYS + " days");
        }
        Sanction sanction = new Sanction(memberId, SanctionKind.SUSPENSION, days, reason, by, now);
        sanction.endsAt = now.atZone(zone).plusDays(days).toInstant();
        return sanction;
    }

    public static Sanction block(long memberId, String reason, long by, Instant now) {
        return new Sanction(memberId, SanctionKind.BLOCK, null, reason, by, now);
    }

    public static boolean isValidDays(Integer days) {
        return days != null && days >= MIN_DAYS && days <= MAX_DAYS;
    }

    /** Not lifted, and its end (if it has one) not reached. */
    public boolean isInForce(Instant now) {
        return liftedAt == null && (endsAt == null || now.isBefore(endsAt));
    }

    public boolean restrictsWritingAt(Instant now) {
        return kind.restrictsWriting() && isInForce(now);
    }

    /** Ends a sanction in force early, with the reason; a lifted or ended one cannot be lifted again. */
    public void lift(long by, String why, Instant now) {
        if (!isInForce(now)) {
            throw new IllegalStateException("sanction " + id + " is not in force");
        }
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("lifting says why");
        }
        this.liftedAt = now;
        this.liftedBy = by;
        this.liftReason = why;
    }

    /** The member's one appeal. */
    public void appeal(String text, Instant now) {
        if (appeal != null) {
            throw new IllegalStateException("sanction " + id + " has its appeal");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an appeal says something");
        }
        this.appeal = text;
        this.appealedAt = Objects.requireNonNull(now);
    }

    public boolean isAppealed() {
        return appeal != null;
    }

    public Long getId() {
        return id;
    }

    public long getMemberId() {
        return memberId;
    }

    public SanctionKind getKind() {
        return kind;
    }

    public Integer getDays() {
        return days;
    }

    public String getReason() {
        return reason;
    }

    public long getPlacedBy() {
        return placedBy;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Instant getLiftedAt() {
        return liftedAt;
    }

    public Long getLiftedBy() {
        return liftedBy;
    }

    public String getLiftReason() {
        return liftReason;
    }

    public String getAppeal() {
        return appeal;
    }

    public Instant getAppealedAt() {
        return appealedAt;
    }
}
