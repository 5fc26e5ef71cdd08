package org.policyforum.partner.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Objects;

/**
 * An API key of a partner. Only the SHA-256 of its secret is kept (a 32-byte random secret needs no slow hash: it
 * cannot be guessed, only stolen, and a stolen table gives no key); the public prefix finds the row. Revoking is
 * final: a revoked key never works again.
 */
@Entity
@Table(name = "partner_key")
@NamedQuery(
        name = PartnerKey.OF_PARTNER,
        query = "SELECT k FROM PartnerKey k WHERE k.partnerId = :partner ORDER BY k.createdAt DESC, k.id DESC")
@NamedQuery(name = PartnerKey.BY_PREFIX, query = "SELECT k FROM PartnerKey k WHERE k.prefix = :prefix")
public class PartnerKey {

    public static final String OF_PARTNER = "PartnerKey.ofPartner";
    public static final String BY_PREFIX = "PartnerKey.byPrefix";

    @Id
    @SequenceGenerator(name = "partner_key_seq", sequenceName = "partner_key_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_key_seq")
    private Long id;

    @Column(name = "partner_id")
    private long partnerId;

    private String prefix;

    @Column(name = "secret_hash")
    private String secretHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected PartnerKey() {}

    public PartnerKey(long partnerId, String prefix, String secretHash, Instant createdAt) {
        this.partnerId = partnerId;
        this.prefix = Objects.requireNonNull(prefix);
        this.secretHash = Objects.requireNonNull(secretHash);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Whether the presented secret's hash is this key's, compared in constant time; a revoked key matches nothing. */
    public boolean accepts(String presentedHash) {
        return revokedAt == null
                && MessageDigest.isEqual(
                        secretHash.getBytes(StandardCharsets.US_ASCII),
                        presentedHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** Stops the key for good; revoking twice keeps the first time. */
    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = Objects.requireNonNull(at);
        }
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getPartnerId() {
        return partnerId;
    }

    public String getPrefix() {
        return prefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
