package org.policyforum.web.member;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import org.policyforum.member.boundary.OperatorSetup;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.web.platform.FacesMessages;
import org.policyforum.web.platform.LocaleSelection;

/** Creates the first operator from the one-time link printed in the server log. */
@Named
@ViewScoped
public class SetupPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OperatorSetup setup;

    @Inject
    LocaleSelection locale;

    private String token;
    private boolean usable;
    private boolean done;

    @NotBlank(message = "{signup.realName.required}")
    private String realName;

    @NotBlank(message = "{signup.email.required}")
    private String email;

    @NotBlank(message = "{signup.password.required}")
    private String password;

    public void check() {
        usable = setup.isSetupLinkUsable(token);
    }

    public void create() {
        try {
            setup.createFirstOperator(token, realName, email, password, locale.getLocale());
            done = true;
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "setup");
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

    public boolean isUsable() {
        return usable;
    }

    public boolean isDone() {
        return done;
    }

    public String getRealName() {
        return realName;
    }

    public void setRealName(String realName) {
        this.realName = realName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
