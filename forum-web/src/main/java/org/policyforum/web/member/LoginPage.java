package org.policyforum.web.member;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
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
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import org.policyforum.member.boundary.Logins;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.web.member.partner.PartnerLinkCredential;
import org.policyforum.web.member.partner.PartnerLoginSession;
import org.policyforum.web.platform.CleanAddresses;
import org.policyforum.web.platform.FacesMessages;

@Named
@ViewScoped
public class LoginPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String SAVED_REQUEST = "org.glassfish.soteria.original.request";

    /**
     * Soteria (3.0.3) marks the session when the page calls {@code authenticate} and clears the mark only when the
     * login succeeds. Left after a refused login, it made every protected page of that session answer an empty 200
     * instead of sending the visitor to this page; a refusal therefore clears it.
     */
    static final String CALLER_INITIATED = "org.glassfish.soteria.caller_initiated_authentication";

    // Looked up per use: the container's SecurityContext is a dependent object holding the current caller's
    // resolver, which cannot be serialised, and this bean moves with the session to another node of a cluster.
    @Inject
    Instance<SecurityContext> security;

    @Inject
    SignUps signUps;

    @NotBlank(message = "{login.email.required}")
    private String email;

    @NotBlank(message = "{login.password.required}")
    private String password;

    private boolean unconfirmed;
    /** The page a visitor asked for before being sent here; a path on this site only. */
    private String returnTo;

    /**
     * Soteria (WildFly's Jakarta Security) remembers the protected page that sent the visitor here, but forgets it
     * when the login page itself calls {@code authenticate}. Read it while it is still there.
     */
    @PostConstruct
    void rememberWhereFrom() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        HttpSession session = request.getSession(false);
        Object saved = session == null ? null : session.getAttribute(SAVED_REQUEST);
        if (saved != null) {
            try {
                returnTo = samePath(
                        (String) saved.getClass().getMethod("getFullRequestURL").invoke(saved));
            } catch (ReflectiveOperationException | ClassCastException e) {
                returnTo = null;
            }
        }
        if (returnTo == null) {
            // a login link names the page it was on (ReturnAddress): back there after login, if it is ours
            returnTo = samePath(request.getParameter("from"));
        }
    }

    /** Only a path of this site: never another host, so the login page cannot be used to send people elsewhere. */
    public static String samePath(String url) {
        try {
            URI uri = URI.create(url);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return null;
            }
            // a page saved by the login guard is named as its page (/topic.xhtml?id=5): back to its clean address
            return CleanAddresses.clean(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery(), "");
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        // a new session id for the logged-in session: an id planted before login is worth nothing after it
        request.getSession(true);
        request.changeSessionId();
        // a partner login waiting to be linked (PartnerLoginCallback): this password login links it, once
        var toLink = PartnerLoginSession.toLink(request);
        AuthenticationStatus status = security.get()
                .authenticate(
                        request,
                        response,
                        AuthenticationParameters.withParams()
                                .credential(
                                        toLink.isPresent()
                                                ? new PartnerLinkCredential(email, new Password(password), toLink.get())
                                                : new UsernamePasswordCredential(email, new Password(password)))
                                .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                PartnerLoginSession.forgetLink(request);
                external.redirect(returnTo != null ? returnTo : external.getRequestContextPath() + "/");
            }
            default -> refused(request);
        }
    }

    /** Whether a partner login waits for this password login to link it. */
    public boolean isLinking() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return PartnerLoginSession.toLink(request).isPresent();
    }

    /** The visitor would rather not link the partner login: an ordinary login page again. */
    public void cancelLink() {
        PartnerLoginSession.forgetLink((HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest());
        FacesMessages.info("login.partner.linkCancelled");
    }

    /** A locked account gets the same words as a wrong password: its owner learns of the lock by mail. */
    private void refused(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER_INITIATED);
        }
        Object outcome = request.getAttribute(ForumIdentityStore.OUTCOME);
        password = null;
        if (outcome == Logins.LoginOutcome.LINKED_ELSEWHERE) {
            PartnerLoginSession.forgetLink(request);
            FacesMessages.error(null, "login.partner.linkedElsewhere");
        } else if (outcome == Logins.LoginOutcome.THROTTLED) {
            FacesMessages.error(null, "login.throttled");
        } else if (outcome == Logins.LoginOutcome.EMAIL_UNCONFIRMED) {
            unconfirmed = true;
            FacesMessages.error(null, "login.unconfirmed");
        } else {
            FacesMessages.error(null, "login.invalid");
        }
    }

    public void resendConfirmation() {
        try {
            signUps.resendConfirmation(email);
            unconfirmed = false;
            FacesMessages.info("login.confirmationResent");
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "login");
        }
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
