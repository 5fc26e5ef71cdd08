package org.policyforum.web.member;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.platform.entity.RuleViolation;

/** The page an email-confirmation link opens: it confirms on arrival and says what happened. */
@Named
@RequestScoped
public class ConfirmPage {

    @Inject
    SignUps signUps;

    private String outcome;

    public void confirm() {
        String token = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("token");
        try {
            outcome = signUps.confirmEmail(token).name();
        } catch (RuleViolation e) {
            outcome = "DUPLICATE";
        }
    }

    public String getOutcome() {
        return outcome;
    }
}
