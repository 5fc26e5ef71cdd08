package org.policyforum.web.member;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import org.policyforum.member.boundary.PasswordResets;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.web.platform.FacesMessages;

@Named
@ViewScoped
public class ResetPasswordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PasswordResets resets;

    private String token;

    @NotBlank(message = "{signup.password.required}")
    private String password;

    private String linkState;
    private boolean done;

    /** Called on arrival (f:viewAction), so an expired or forged link is explained before anyone types. */
    public void check() {
        linkState = resets.checkResetLink(token).name();
    }

    public void reset() {
        try {
            resets.resetPassword(token, password);
            done = true;
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "reset");
            check();
        } finally {
            password = null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getLinkState() {
        return linkState;
    }

    public boolean isDone() {
        return done;
    }
}
