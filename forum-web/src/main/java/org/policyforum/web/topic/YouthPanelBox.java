package org.policyforum.web.topic;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.boundary.YouthPanel;
import org.policyforum.topic.entity.YouthApplication;
import org.policyforum.web.member.CurrentUser;
import org.policyforum.web.platform.FacesMessages;

/** The youth panel application on the Youth Forum page. */
@Named
@ViewScoped
public class YouthPanelBox implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    YouthPanel panel;

    @Inject
    CurrentUser currentUser;

    private String motivation;
    /**
     * The member's application, read once per view (the page asks for it several times per render). Transient: a
     * cache only (Optional is not serialisable); on another node of a cluster it is read again.
     */
    private transient Optional<YouthApplication> application;

    public boolean isCanApply() {
        return currentUser.hasRole("CITIZEN")
                && !currentUser.hasRole("YOUTH_PANELIST")
                && panel.isCallerInRange()
                && mine().map(a -> a.getStatus() == YouthApplication.Status.DECLINED)
                        .orElse(true);
    }

    public YouthApplication getApplication() {
        return mine().orElse(null);
    }

    private Optional<YouthApplication> mine() {
        if (application == null) {
            application = currentUser.isLoggedIn() ? panel.mine() : Optional.empty();
        }
        return application;
    }

    public void apply() {
        try {
            panel.apply(motivation);
            motivation = null;
            application = null;
            FacesMessages.info("youth.applied");
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "youthApply");
        }
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }
}
