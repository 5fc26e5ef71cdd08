package org.policyforum.web.member;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import org.policyforum.member.boundary.Members;
import org.policyforum.web.platform.FacesMessages;

@Named
@ViewScoped
public class LoginPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SecurityContext security;
    @Inject
    LoginThrottle throttle;
    @Inject
    Members members;
    @Inject
    Clock clock;

    @NotBlank(message = "{login.email.required}")
    private String email;
    @NotBlank(message = "{login.password.required}")
    private String password;
    private boolean unconfirmed;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String address = request.getRemoteAddr();
        if (throttle.isBlocked(address, clock.instant())) {
            FacesMessages.error(null, "login.throttled");
            return;
        }
        // a new session id for the logged-in session: an id planted before login is worth nothing after it
        request.getSession(true);
        request.changeSessionId();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(email, new Password(password))).newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath() + "/");
            default -> refused(request, address);
        }
    }

    private void refused(HttpServletRequest request, String address) {
        Object outcome = request.getAttribute(ForumIdentityStore.OUTCOME);
        password = null;
        if (outcome == Members.LoginOutcome.LOCKED) {
            FacesMessages.error(null, "login.locked");
        } else if (outcome == Members.LoginOutcome.EMAIL_UNCONFIRMED) {
            unconfirmed = true;
            FacesMessages.error(null, "login.unconfirmed");
        } else {
            throttle.failed(address, clock.instant());
            FacesMessages.error(null, "login.invalid");
        }
    }

    public void resendConfirmation() {
        members.resendConfirmation(email);
        unconfirmed = false;
        FacesMessages.info("login.confirmationResent");
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

    public boolean isUnconfirmed() {
        return unconfirmed;
    }
}
