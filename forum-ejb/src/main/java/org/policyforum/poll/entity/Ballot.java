package org.policyforum.poll.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A member's ballot in one poll: one row per member per poll (a unique key) and one choice row per marked option.
 * The tally counts choice rows; nothing else is written when a vote arrives.
 */
@Entity
@NamedQuery(name = Ballot.OF_MEMBER, query = "SELECT b FROM Ballot b WHERE b.pollId = :poll AND b.memberId = :member")
@NamedQuery(name = Ballot.TOTAL, query = "SELECT COUNT(b) FROM Ballot b WHERE b.pollId = :poll")
@NamedQuery(
        name = Ballot.TALLY,
        query = "SELECT c, COUNT(b) FROM Ballot b JOIN b.optionIds c WHERE b.pollId = :poll GROUP BY c")
@NamedQuery(
        name = Ballot.BY_DISTRICT,
        query = "SELECT c, m.district.code, COUNT(b) FROM Ballot b JOIN b.optionIds c, ForumMember m "
                + "WHERE m.id = b.memberId AND b.pollId = :poll GROUP BY c, m.district.code")
@NamedQuery(
        name = Ballot.BY_BIRTH_YEAR,
        query = "SELECT c, m.birthYear, COUNT(b) FROM Ballot b JOIN b.optionIds c, ForumMember m "
                + "WHERE m.id = b.memberId AND b.pollId = :poll GROUP BY c, m.birthYear")
public class Ballot {

    public static final String OF_MEMBER = "Ballot.ofMember";
    public static final String TOTAL = "Ballot.total";
    public static final String TALLY = "Ballot.tally";
    public static final String BY_DISTRICT = "Ballot.byDistrict";
    public static final String BY_BIRTH_YEAR = "Ballot.byBirthYear";

    @Id
    @SequenceGenerator(name = "ballot_seq", sequenceName = "ballot_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ballot_seq")
    private Long id;

    @Column(name = "poll_id")
    private long pollId;

    @Column(name = "member_id")
    private long memberId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ballot_choice", joinColumns = @JoinColumn(name = "ballot_id"))
    @Column(name = "option_id")
    private Set<Long> optionIds = new HashSet<>();

    @Column(name = "cast_at")
    private Instant castAt;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    private long version;

    protected Ballot() {}

    /** @param choices already checked against the poll ({@link Poll#checkChoices}) */
    public Ballot(long pollId, long memberId, Set<Long> choices, Instant now) {
        this.pollId = pollId;
        this.memberId = memberId;
        this.optionIds.addAll(choices);
        this.castAt = now;
        this.changedAt = now;
    }

    /** @param choices already checked against the poll ({@link Poll#checkChoices}) */
    public void change(Set<Long> choices, Instant now) {
        if (!optionIds.equals(choices)) {
            optionIds.retainAll(choices);
            optionIds.addAll(choices);
            changedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public Set<Long> getOptionIds() {
        return Set.copyOf(optionIds);
    }

    public Instant getCastAt() {
        return castAt;
    }
}
