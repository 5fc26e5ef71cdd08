package org.policyforum.member.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A partner's account (an OpenID Connect issuer and the subject it names) that logs in as a member. Only issuer and
 * subject are kept, never a name, address or number from the partner's token; the provider's configured id is kept
 * to name the link on the account page. Written once; revoking deletes it.
 */
@Entity
@Table(name = "member_partner_login")
@NamedQuery(
        name = PartnerLink.BY_ACCOUNT,
        query = "SELECT l FROM PartnerLink l WHERE l.issuer = :issuer AND l.subject = :subject")
@NamedQuery(
        name = PartnerLink.OF_MEMBER,
        query = "SELECT l FROM PartnerLink l WHERE l.memberId = :member ORDER BY l.linkedAt, l.id")
public class PartnerLink {

    public static final String BY_ACCOUNT = "PartnerLink.byAccount";
    public static final String OF_MEMBER = "PartnerLink.ofMember";

    /** The longest issuer or subject kept (the columns' width); OpenID Connect limits a subject to 255 ASCII. */
    public static final int MAX_LENGTH = 255;

    @Id
    @SequenceGenerator(
            name = "member_partner_login_seq",
            sequenceName = "member_partner_login_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_partner_login_seq")
    private Long id;

    @Column(name = "member_id")
    private long memberId;

    private String provider;

    private String issuer;

    private String subject;

    @Column(name = "linked_at")
    private Instant linkedAt;

    protected PartnerLink() {}

    public PartnerLink(long memberId, String provider, String issuer, String subject, Instant linkedAt) {
        this.memberId = memberId;
        this.provider = Objects.requireNonNull(provider);
        this.issuer = checked(issuer);
        this.subject = checked(subject);
        this.linkedAt = Objects.requireNonNull(linkedAt);
    }

    private static String checked(String value) {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("an issuer or subject of 1 to " + MAX_LENGTH + " characters");
        }
        return value;
    }

    /** Whether this link logs in as {@code member}. */
    public boolean belongsTo(long member) {
        return memberId == member;
    }

    public Long getId() {
        return id;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getProvider() {
        return provider;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getLinkedAt() {
        return linkedAt;
    }
}
