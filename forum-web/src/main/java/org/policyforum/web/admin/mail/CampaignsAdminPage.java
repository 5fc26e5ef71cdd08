package org.policyforum.web.admin.mail;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.policyforum.newsletter.api.CampaignPort;
import org.policyforum.newsletter.api.CampaignPort.CampaignView;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.web.platform.FacesMessages;

/** The campaigns list, "new campaign for this month", the monthly schedule and the daily follow digest's time. */
@Named
@ViewScoped
public class CampaignsAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignPort campaigns;

    private List<CampaignView> all;
    private int dayOfMonth;
    private int hour;
    private int minute;
    private boolean enabled;
    private int digestHour;
    private int digestMinute;
    private boolean digestEnabled;

    @PostConstruct
    void load() {
        all = campaigns.campaigns();
        CampaignPort.Schedule schedule = campaigns.schedule();
        dayOfMonth = schedule.dayOfMonth();
        hour = schedule.hour();
        minute = schedule.minute();
        enabled = schedule.enabled();
        CampaignPort.DigestSchedule digest = campaigns.digestSchedule();
        digestHour = digest.hour();
        digestMinute = digest.minute();
        digestEnabled = digest.enabled();
    }

    public String create() {
        try {
            long id = campaigns.create().id();
            return "/admin/campaign?faces-redirect=true&id=" + id;
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "campaigns");
            return null;
        }
    }

    public void saveSchedule() {
        try {
            campaigns.changeSchedule(new CampaignPort.Schedule(dayOfMonth, hour, minute, enabled));
            FacesMessages.info("admin.campaigns.scheduleSaved");
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "schedule");
        }
    }

    public void saveDigestSchedule() {
        try {
            campaigns.changeDigestSchedule(new CampaignPort.DigestSchedule(digestHour, digestMinute, digestEnabled));
            FacesMessages.info("admin.campaigns.scheduleSaved");
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "digest");
        }
    }

    public int getDigestHour() {
        return digestHour;
    }

    public void setDigestHour(int digestHour) {
        this.digestHour = digestHour;
    }

    public int getDigestMinute() {
        return digestMinute;
    }

    public void setDigestMinute(int digestMinute) {
        this.digestMinute = digestMinute;
    }

    public boolean isDigestEnabled() {
        return digestEnabled;
    }

    public void setDigestEnabled(boolean digestEnabled) {
        this.digestEnabled = digestEnabled;
    }

    public List<CampaignView> getAll() {
        return all;
    }

    public int getDayOfMonth() {
        return dayOfMonth;
    }

    public void setDayOfMonth(int dayOfMonth) {
        this.dayOfMonth = dayOfMonth;
    }

    public int getHour() {
        return hour;
    }

    public void setHour(int hour) {
        this.hour = hour;
    }

    public int getMinute() {
        return minute;
    }

    public void setMinute(int minute) {
        this.minute = minute;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
