package org.policyforum.web.moderation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policyforum.moderation.boundary.SanctionView;
import org.policyforum.moderation.boundary.Sanctions;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.web.platform.FacesMessages;

/** The member's own sanctions on the account page (in force and past), each with its one appeal. */
@Named
@ViewScoped
public class MySanctionsBox implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Sanctions sanctions;

    private transient List<SanctionView> mine;
    private final Map<Long, String> appeals = new HashMap<>();

    public List<SanctionView> getMine() {
        if (mine == null) {
            mine = sanctions.mine();
        }
        return mine;
    }

    public void appeal(long sanctionId) {
        try {
            sanctions.appeal(sanctionId, appeals.get(sanctionId));
            appeals.remove(sanctionId);
            mine = null;
            FacesMessages.info("sanction.appeal.sent");
        } catch (RuleViolation violation) {
            if (!FacesMessages.showBesidePressed(violation, "appeal")) {
                FacesMessages.show(violation, null);
            }
        }
    }

    public Map<Long, String> getAppeals() {
        return appeals;
    }
}
