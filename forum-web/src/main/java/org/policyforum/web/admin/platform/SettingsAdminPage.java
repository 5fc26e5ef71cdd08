package org.policyforum.web.admin.platform;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import org.policyforum.platform.boundary.RuleViolation;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.entity.OrganisationSettings;
import org.policyforum.web.platform.FacesMessages;

@Named
@ViewScoped
public class SettingsAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Settings settings;

    private String nameKo;
    private String nameEn;
    private String timeZone;
    private boolean maskNames;
    private Integer smallGroupMin;

    @PostConstruct
    void load() {
        OrganisationSettings current = settings.current();
        nameKo = current.getNameKo();
        nameEn = current.getNameEn();
        timeZone = current.getTimeZone();
        maskNames = current.isMaskNames();
        smallGroupMin = current.getSmallGroupMin();
    }

    public void save() {
        try {
            settings.change(nameKo, nameEn, timeZone, maskNames);
            settings.changeSmallGroupMin(smallGroupMin == null ? 0 : smallGroupMin);
            FacesMessages.info("admin.settings.saved");
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "settings");
        }
    }

    public List<String> completeZone(String text) {
        String lower = text == null ? "" : text.toLowerCase();
        return ZoneId.getAvailableZoneIds().stream().filter(z -> z.toLowerCase().contains(lower)).sorted().limit(20).toList();
    }

    public String getNameKo() {
        return nameKo;
    }

    public void setNameKo(String nameKo) {
        this.nameKo = nameKo;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public Integer getSmallGroupMin() {
        return smallGroupMin;
    }

    public void setSmallGroupMin(Integer smallGroupMin) {
        this.smallGroupMin = smallGroupMin;
    }

    public boolean isMaskNames() {
        return maskNames;
    }

    public void setMaskNames(boolean maskNames) {
        this.maskNames = maskNames;
    }
}
