package org.policyforum.web.member;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.policyforum.member.boundary.SignUp;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.member.entity.District;
import org.policyforum.member.entity.Member;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.web.platform.FacesMessages;
import org.policyforum.web.platform.LocaleSelection;

@Named
@ViewScoped
public class SignUpPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SignUps signUps;

    @Inject
    LocaleSelection locale;

    private final SignUp form = new SignUp();
    private transient List<District> districts;
    private String registeredEmail;

    public void submit() {
        try {
            // the same answer whether or not the address has an account (its owner is told by mail)
            signUps.signUp(form, locale.getLocale());
            registeredEmail = Member.normaliseEmail(form.getEmail());
            form.setPassword(null);
        } catch (RuleViolation violation) {
            form.setPassword(null);
            FacesMessages.show(violation, "signup");
        }
    }

    public List<District> getDistricts() {
        if (districts == null) {
            districts = signUps.districts();
        }
        return districts;
    }

    public boolean isDevelopmentVerifier() {
        return signUps.isDevelopmentVerifier();
    }

    public SignUp getForm() {
        return form;
    }

    public String getRegisteredEmail() {
        return registeredEmail;
    }
}
