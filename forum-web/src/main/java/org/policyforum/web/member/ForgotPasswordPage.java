package org.policyforum.web.member;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import org.policyforum.member.boundary.PasswordResets;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.web.platform.FacesMessages;

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
@Named
@ViewScoped
public class ForgotPasswordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PasswordResets resets;

    @NotBlank(message = "{signup.email.required}")
    @Email(message = "{signup.email.invalid}")
    private String email;

    private boolean sent;

    public void send() {
        try {
            resets.requestPasswordReset(email);
            sent = true;
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "forgot");
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }
}
