package org.policyforum.member.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/** A department of the city. It owns topics, ideas and answers; officials belong to one. */
@Entity
@NamedQuery(name = Bureau.ALL, query = "SELECT b FROM Bureau b ORDER BY b.nameKo")
@NamedQuery(name = Bureau.ACTIVE, query = "SELECT b FROM Bureau b WHERE b.active = TRUE ORDER BY b.nameKo")
@NamedQuery(name = Bureau.BY_NAME, query = "SELECT COUNT(b) FROM Bureau b WHERE b.nameKo = :name AND b.id <> :id")
public class Bureau implements Serializable {

    public static final String ALL = "Bureau.all";
    public static final String ACTIVE = "Bureau.active";
    public static final String BY_NAME = "Bureau.byName";

    @Id
    @SequenceGenerator(name = "bureau_seq", sequenceName = "bureau_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bureau_seq")
    private Long id;

    @Column(name = "name_ko")
    private String nameKo;

    @Column(name = "name_en")
    private String nameEn;

    private boolean active;

    @Version
    private long version;

    protected Bureau() {}

    public Bureau(String nameKo, String nameEn) {
        rename(nameKo, nameEn);
        this.active = true;
    }

    public void rename(String nameKo, String nameEn) {
        this.nameKo = Objects.requireNonNull(nameKo).strip();
        this.nameEn = nameEn == null || nameEn.isBlank() ? this.nameKo : nameEn.strip();
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public String getNameKo() {
        return nameKo;
    }

    public String getNameEn() {
        return nameEn;
    }

    public boolean isActive() {
        return active;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameKo;
    }
}
