package org.policyforum.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/** The city's own settings: its name, its time zone ("this month" is counted there) and how names are shown. */
@Entity
@Table(name = "organisation_settings")
public class OrganisationSettings {

    public static final int SINGLETON_ID = 1;

    @Id
    private Integer id;
    @Column(name = "name_ko")
    private String nameKo;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "time_zone")
    private String timeZone;
    @Column(name = "mask_names")
    private boolean maskNames;
    @Version
    private long version;

    protected OrganisationSettings() {
    }

    /** @throws java.time.DateTimeException if the zone is not a known time zone */
    public void change(String nameKo, String nameEn, String zone, boolean maskNames) {
        this.timeZone = ZoneId.of(Objects.requireNonNull(zone)).getId();
        this.nameKo = Objects.requireNonNull(nameKo).strip();
        this.nameEn = nameEn == null || nameEn.isBlank() ? this.nameKo : nameEn.strip();
        this.maskNames = maskNames;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameKo;
    }

    public String getNameKo() {
        return nameKo;
    }

    public String getNameEn() {
        return nameEn;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public String getTimeZone() {
        return timeZone;
    }

    public boolean isMaskNames() {
        return maskNames;
    }

    public long getVersion() {
        return version;
    }
}
