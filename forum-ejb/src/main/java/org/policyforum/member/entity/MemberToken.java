package org.policyforum.member.entity;

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
import java.time.Instant;

/** A one-time link. Only the SHA-256 of the secret in the link is stored, so a database leak opens nothing. */
@Entity
@Table(name = "member_token")
@NamedQuery(name = MemberToken.BY_HASH, query = "SELECT t FROM MemberToken t WHERE t.tokenHash = :hash")
@NamedQuery(
        name = MemberToken.OPEN_OF_PURPOSE,
        query = "SELECT t FROM MemberToken t WHERE t.purpose = :purpose AND t.usedAt IS NULL AND t.expiresAt > :now")
public class MemberToken {

    public static final String BY_HASH = "MemberToken.byHash";
    public static final String OPEN_OF_PURPOSE = "MemberToken.openOfPurpose";

    @Id
    @SequenceGenerator(name = "member_token_seq", sequenceName = "member_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_token_seq")
    private Long id;

    @Column(name = "token_hash")
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    private TokenPurpose purpose;

    @ManyToOne
    @JoinColumn(name = "member_id")
    private Member member;

    @Column(name = "new_email")
    private String newEmail;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected MemberToken() {}

    public MemberToken(String tokenHash, TokenPurpose purpose, Member member, String newEmail, Instant now) {
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.member = member;
        this.newEmail = Member.normaliseEmail(newEmail);
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.lifetime());
    }

    public boolean isUsable(TokenPurpose expected, Instant now) {
        return purpose == expected && usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        if (usedAt != null) {
            throw new IllegalStateException("token already used");
        }
        usedAt = now;
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public Long getId() {
        return id;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public Member getMember() {
        return member;
    }

    public String getNewEmail() {
        return newEmail;
    }
}
