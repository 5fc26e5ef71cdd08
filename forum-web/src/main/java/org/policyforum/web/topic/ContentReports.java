package org.policyforum.web.topic;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policyforum.moderation.boundary.ModerationReports;
import org.policyforum.moderation.entity.ReportReason;
import org.policyforum.moderation.entity.ReportTarget;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.web.platform.FacesMessages;

/**
 * The report form under each opinion: a reason (by its code; none, or a forged or deactivated one, is refused by the
 * boundary at the field) and words where the reason asks for them, sent once.
 */
@Named
@ViewScoped
public class ContentReports implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ModerationReports reports;

    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<Long, String> texts = new HashMap<>();
    private final Set<Long> sent = new HashSet<>();

    private List<ReportReason.Label> choices;

    /** The reasons offered, read once per view. */
    public List<ReportReason.Label> getChoices() {
        if (choices == null) {
            choices = reports.reasons();
        }
        return choices;
    }

    public void reportOpinion(long opinionId) {
        try {
            reports.report(ReportTarget.OPINION, opinionId, reasons.get(opinionId), texts.get(opinionId));
            sent.add(opinionId);
            FacesMessages.info("report.sent");
        } catch (RuleViolation violation) {
            String field = "reason".equals(violation.field()) ? "reportReason" : "reportText";
            if (!FacesMessages.showBesidePressed(violation, field)) {
                FacesMessages.show(violation, null);
            }
        }
    }

    public boolean isSent(long opinionId) {
        return sent.contains(opinionId);
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public Map<Long, String> getTexts() {
        return texts;
    }
}
