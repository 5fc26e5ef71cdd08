package org.policyforum.web.moderation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.policyforum.moderation.boundary.ModerationReports;
import org.policyforum.moderation.boundary.ModerationReports.Reportable;
import org.policyforum.moderation.entity.ReportReason;
import org.policyforum.moderation.entity.ReportTarget;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.web.platform.FacesMessages;

/**
 * The report page of one item ({@code ?type=COMMENT&id=}), or of its author's display name ({@code &about=name}):
 * what is reported, a reason, and words for "other". A
 * comment has no room for the whole form under it, so its "report" link leads here. An unknown or hidden item, or a
 * kind no feature takes reports for, is a 404; one's own item says so instead of a form.
 */
@Named
@ViewScoped
public class ReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ModerationReports reports;

    @Param(name = "type")
    private ReportTarget type;

    @Param(name = "id")
    private Long id;

    /** {@code about=name}: the report is of the display name of the item's author, not of the item. */
    @Param(name = "about")
    private String about;

    /** The chosen reason's code (the boundary refuses an unknown or deactivated one at the field). */
    private String reason;

    private List<ReportReason.Label> choices;
    private String text;
    private boolean own;
    private boolean sent;
    private Reportable item;

    /** f:viewAction. */
    public void load() throws IOException {
        if (type == null || id == null) {
            Faces.responseSendError(404, "no such item to report");
            return;
        }
        try {
            item = isName() ? reports.reportableName(type, id) : reports.reportable(type, id);
        } catch (RuleViolation refused) {
            if ("report.own".equals(refused.messageKey())) {
                own = true;
            } else {
                Faces.responseSendError(404, "no such item to report");
            }
        }
    }

    public void send() {
        try {
            if (isName()) {
                reports.reportName(type, id, reason, text);
            } else {
                reports.report(type, id, reason, text);
            }
            sent = true;
            FacesMessages.info("report.sent");
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "report");
        }
    }

    public boolean isName() {
        return "name".equals(about);
    }

    /** The kind of the reported item, as the query names it (the page links back to "report its author's name"). */
    public ReportTarget getType() {
        return type;
    }

    public Long getId() {
        return id;
    }

    /** The reasons offered, read once per view. */
    public List<ReportReason.Label> getChoices() {
        if (choices == null) {
            choices = reports.reasons();
        }
        return choices;
    }

    public Reportable getItem() {
        return item;
    }

    /** Reported now, or before: the form gives way to the "sent" words. */
    public boolean isSent() {
        return sent || (item != null && item.reported());
    }

    public boolean isOwn() {
        return own;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
