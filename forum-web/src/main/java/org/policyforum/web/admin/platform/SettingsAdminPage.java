package org.policyforum.web.admin.platform;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.entity.OrganisationSettings;
import org.policyforum.platform.entity.OrganisationSettings.ContactGuard;
import org.policyforum.platform.entity.RuleViolation;
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
    private Integer outcomeMaxFutureDays;
    private Integer reportHideThreshold;
    private String bannedWords;
    private ContactGuard contactGuard;
    private String privacyOfficer;
    private String privacyContact;

    @PostConstruct
    void load() {
        OrganisationSettings current = settings.current();
        nameKo = current.getNameKo();
        nameEn = current.getNameEn();
        timeZone = current.getTimeZone();
        maskNames = current.isMaskNames();
        smallGroupMin = current.getSmallGroupMin();
        outcomeMaxFutureDays = current.getOutcomeMaxFutureDays();
        reportHideThreshold = current.getReportHideThreshold();
        bannedWords = String.join("\n", current.getBannedWords());
        contactGuard = current.getContactGuard();
        privacyOfficer = current.getPrivacyOfficer();
        privacyContact = current.getPrivacyContact();
    }

    public void save() {
        try {
            settings.change(nameKo, nameEn, timeZone, maskNames);
            settings.changeSmallGroupMin(smallGroupMin == null ? 0 : smallGroupMin);
            settings.changeOutcomeRules(outcomeMaxFutureDays == null ? -1 : outcomeMaxFutureDays);
            settings.changeReportHideThreshold(reportHideThreshold == null ? 0 : reportHideThreshold);
            settings.changeScreening(bannedWords, contactGuard);
            OrganisationSettings saved = settings.current();
            // the privacy contact is saved once given; a form that leaves both empty as they were changes nothing
            boolean untouched = isBlank(privacyOfficer) && isBlank(privacyContact) && saved.getPrivacyOfficer() == null;
            if (!untouched) {
                settings.changePrivacyContact(privacyOfficer, privacyContact);
            }
            FacesMessages.info("admin.settings.saved");
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "settings");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public String getPrivacyOfficer() {
        return privacyOfficer;
    }

    public void setPrivacyOfficer(String privacyOfficer) {
        this.privacyOfficer = privacyOfficer;
    }

    public String getPrivacyContact() {
        return privacyContact;
    }

    public void setPrivacyContact(String privacyContact) {
        this.privacyContact = privacyContact;
    }

    public List<String> completeZone(String text) {
        String lower = text == null ? "" : text.toLowerCase();
        return ZoneId.getAvailableZoneIds().stream()
                .filter(z -> z.toLowerCase().contains(lower))
                .sorted()
                .limit(20)
                .toList();
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

    public Integer getOutcomeMaxFutureDays() {
        return outcomeMaxFutureDays;
    }

    public void setOutcomeMaxFutureDays(Integer outcomeMaxFutureDays) {
        this.outcomeMaxFutureDays = outcomeMaxFutureDays;
    }

    public boolean isMaskNames() {
        return maskNames;
    }

    public void setMaskNames(boolean maskNames) {
        this.maskNames = maskNames;
    }

    public Integer getReportHideThreshold() {
        return reportHideThreshold;
    }

    public void setReportHideThreshold(Integer reportHideThreshold) {
        this.reportHideThreshold = reportHideThreshold;
    }

    public String getBannedWords() {
        return bannedWords;
    }

    public void setBannedWords(String bannedWords) {
        this.bannedWords = bannedWords;
    }

    public ContactGuard getContactGuard() {
        return contactGuard;
    }

    public void setContactGuard(ContactGuard contactGuard) {
        this.contactGuard = contactGuard;
    }

    public ContactGuard[] getContactGuards() {
        return ContactGuard.values();
    }
}
