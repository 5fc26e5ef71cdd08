package org.policyforum.member.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import java.io.Serializable;
import java.util.Locale;

/** A district of the city: reference data kept in the database, used for statistics only. */
@Entity
@Cacheable
@NamedQuery(name = District.ALL, query = "SELECT d FROM District d ORDER BY d.sortOrder")
public class District implements Serializable {

    public static final String ALL = "District.all";

    @Id
    private String code;

    @Column(name = "name_ko")
    private String nameKo;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "sort_order")
    private int sortOrder;

    protected District() {}

    public String getCode() {
        return code;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameKo;
    }
}
