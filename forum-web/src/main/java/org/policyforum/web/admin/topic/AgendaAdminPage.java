package org.policyforum.web.admin.topic;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.boundary.Suggestions;
import org.policyforum.topic.boundary.YouthPanel;
import org.policyforum.topic.entity.YouthApplication;
import org.policyforum.web.platform.FacesMessages;

/** Operators' agenda work: deciding on topic suggestions and on youth panel applications. */
@Named
@ViewScoped
public class AgendaAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Suggestions suggestions;

    @Inject
    YouthPanel youthPanel;

    private final Map<Long, String> reasons = new HashMap<>();

    public List<Suggestions.SuggestionView> getSuggestions() {
        return suggestions.all(0, 200);
    }

    public List<YouthApplication> getApplications() {
        return youthPanel.pending();
    }

    public void shortlist(long id) {
        attempt(() -> suggestions.shortlist(id));
    }

    public void select(long id) {
        attempt(() -> suggestions.select(id));
    }

    public void decline(long id) {
        attempt(() -> suggestions.decline(id, reasons.get(id)));
    }

    public void approve(long applicationId) {
        attempt(() -> youthPanel.approve(applicationId));
    }

    public void declineApplication(long applicationId) {
        attempt(() -> youthPanel.decline(applicationId, reasons.get(-applicationId)));
    }

    private void attempt(Runnable decision) {
        try {
            decision.run();
            FacesMessages.info("admin.agenda.decided");
        } catch (RuleViolation violation) {
            FacesMessages.show(new RuleViolation(null, violation.messageKey(), violation.arguments()), "agenda");
        }
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
