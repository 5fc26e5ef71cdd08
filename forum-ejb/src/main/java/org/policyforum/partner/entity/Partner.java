package org.policyforum.partner.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A site the city works with: it may frame the widget and call the API with a key from its registered origins.
 * The origins are checked before they get here ({@code Origins}); the entity keeps them as one line each.
 */
@Entity
@NamedQuery(name = Partner.ALL, query = "SELECT p FROM Partner p ORDER BY p.name, p.id")
@NamedQuery(name = Partner.ACTIVE, query = "SELECT p FROM Partner p WHERE p.active = TRUE")
@NamedQuery(name = Partner.BY_PUBLIC_ID, query = "SELECT p FROM Partner p WHERE p.publicId = :publicId")
public class Partner implements Serializable {

    public static final String ALL = "Partner.all";
    public static final String ACTIVE = "Partner.active";
    public static final String BY_PUBLIC_ID = "Partner.byPublicId";

    @Id
    @SequenceGenerator(name = "partner_seq", sequenceName = "partner_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_seq")
    private Long id;

    @Column(name = "public_id")
    private String publicId;

    private String name;

    private String contact;

    private String origins;

    private boolean active;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Partner() {}

    public Partner(String publicId, String name, String contact, List<String> origins, Instant createdAt) {
        this.publicId = Objects.requireNonNull(publicId);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.active = true;
        describe(name, contact, origins);
    }

    /** New words or origins; a partner always keeps at least one origin. */
    public void describe(String name, String contact, List<String> origins) {
        if (origins.isEmpty()) {
            throw new IllegalArgumentException("a partner needs an origin");
        }
        this.name = Objects.requireNonNull(name);
        this.contact = Objects.requireNonNull(contact);
        this.origins = String.join("\n", origins);
    }

    /** Its keys stop working and its origins lose CORS and the widget; nothing is deleted. */
    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    /** Whether a request from {@code origin} (exact scheme://host[:port]) comes from this partner's pages. */
    public boolean allows(String origin) {
        return active && origin != null && origins().contains(origin);
    }

    public List<String> origins() {
        return List.of(origins.split("\n"));
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public String getName() {
        return name;
    }

    public String getContact() {
        return contact;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
