package org.policyforum.idea.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Objects;
import org.eclipse.persistence.annotations.Cache;
import org.policyforum.platform.entity.SharedCache;

/** A category of ideas: organisation data that operators name, order and retire (never delete: ideas keep it). */
@Entity
@Cacheable
// changed in the console: another node of a cluster sees the change within 2 s
@Cache(expiry = SharedCache.EDITED_MILLIS)
@Table(name = "idea_category")
public class IdeaCategory {

    @Id
    @SequenceGenerator(name = "idea_category_seq", sequenceName = "idea_category_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idea_category_seq")
    private Long id;

    @Column(name = "name_ko")
    private String nameKo;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "sort_order")
    private int sortOrder;

    private boolean active;

    @Version
    private long version;

    protected IdeaCategory() {}

    public IdeaCategory(String nameKo, String nameEn, int sortOrder) {
        rename(nameKo, nameEn);
        this.sortOrder = sortOrder;
        this.active = true;
    }

    public final void rename(String ko, String en) {
        this.nameKo = Objects.requireNonNull(ko);
        this.nameEn = en == null || en.isBlank() ? ko : en;
    }

    public void retire() {
        this.active = false;
    }

    public void restore() {
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

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameKo;
    }
}
