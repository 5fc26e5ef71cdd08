package org.policyforum.web.admin.mail;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.policyforum.newsletter.api.CampaignPort;
import org.policyforum.newsletter.api.CampaignPort.CampaignView;
import org.policyforum.newsletter.api.CampaignPort.DeliveryView;
import org.policyforum.newsletter.api.CampaignPort.Preview;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.web.platform.FacesMessages;
import org.policyforum.web.platform.PagedList;
import org.primefaces.model.LazyDataModel;

/** One campaign: live progress, preview in both languages, test send, start/pause/resume/cancel, delivery log. */
@Named
@ViewScoped
public class CampaignAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignPort campaigns;

    private Long id;
    private CampaignView campaign;
    private Preview previewKo;
    private Preview previewEn;

    private final LazyDataModel<DeliveryView> deliveries =
            PagedList.of(() -> campaigns.countDeliveries(id), (first, size) -> campaigns.deliveries(id, first, size));

    public void load() {
        if (id == null) {
            return;
        }
        try {
            campaign = campaigns.progress(id);
            previewKo = campaigns.preview(id, Locale.KOREAN);
            previewEn = campaigns.preview(id, Locale.ENGLISH);
        } catch (RuleViolation violation) {
            campaign = null;
            FacesMessages.show(violation, "campaign");
        }
    }

    /** The poll's refresh: counts only. */
    public void refresh() {
        campaign = campaigns.progress(id);
    }

    public void start() {
        act(() -> campaigns.start(id), "admin.campaign.started");
    }

    public void pause() {
        act(() -> campaigns.pause(id), "admin.campaign.paused");
    }

    public void resume() {
        act(() -> campaigns.resume(id), "admin.campaign.resumed");
    }

    public void cancel() {
        act(() -> campaigns.cancel(id), "admin.campaign.cancelled");
    }

    public void testSend() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        act(() -> campaigns.testSend(id, locale), "admin.campaign.testSent");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            FacesMessages.info(doneKey);
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "campaign");
        }
        refresh();
    }

    /** The HTML preview without its document wrapper, to sit inside the console page. */
    public static String body(Preview preview) {
        String html = preview.html();
        int start = html.indexOf("<body");
        start = html.indexOf('>', start) + 1;
        int end = html.lastIndexOf("</body>");
        return start > 0 && end > start ? html.substring(start, end) : html;
    }

    public String getBodyKo() {
        return previewKo == null ? "" : body(previewKo);
    }

    public String getBodyEn() {
        return previewEn == null ? "" : body(previewEn);
    }

    public boolean isRunning() {
        return campaign != null && campaign.state() == CampaignPort.State.SENDING;
    }

    public LazyDataModel<DeliveryView> getDeliveries() {
        return deliveries;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CampaignView getCampaign() {
        return campaign;
    }

    public Preview getPreviewKo() {
        return previewKo;
    }

    public Preview getPreviewEn() {
        return previewEn;
    }
}
