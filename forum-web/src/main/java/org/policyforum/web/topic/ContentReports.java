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

/** The report form under each opinion: a reason (and words for another reason), sent once. */
@Named
@ViewScoped
public class ContentReports implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ModerationReports reports;

    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<Long, String> texts = new HashMap<>();
    private final Set<Long> sent = new HashSet<>();

    public List<ReportReason> getChoices() {
        return List.of(ReportReason.values());
    }

    public void reportOpinion(long opinionId) {
        try {
            reports.report(ReportTarget.OPINION, opinionId, reason(reasons.get(opinionId)), texts.get(opinionId));
            sent.add(opinionId);
            FacesMessages.info("report.sent");
        } catch (RuleViolation violation) {
            String field = "reason".equals(violation.field()) ? "reportReason" : "reportText";
            if (!FacesMessages.showBesidePressed(violation, field)) {
                FacesMessages.show(violation, null);
            }
        }
    }

    /** The chosen reason; none (or a forged one) is no reason, refused by the boundary at the field. */
    private static ReportReason reason(String chosen) {
        for (ReportReason r : ReportReason.values()) {
            if (r.name().equals(chosen)) {
                return r;
            }
        }
        return null;
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
